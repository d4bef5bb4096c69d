import { access, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { diffMigrationsToSchema, MIGRATION_LOCKFILE, PROJECT_SCHEMA, type SchemaLocation } from "./schema-engine";

export const MIGRATION_NAME = /^[a-z0-9_]+$/;

function timestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

/**
 * Writes `<timestamp>_<name>/migration.sql` with what the schema adds to the history.
 * Returns the new directory, or null when the two already agree.
 */
export async function writeMigration(
  name: string,
  location: SchemaLocation = PROJECT_SCHEMA,
  now = new Date(),
): Promise<string | null> {
  if (!MIGRATION_NAME.test(name)) throw new Error("A migration name has lower-case letters, digits and _ only.");
  const sql = await diffMigrationsToSchema(location);
  if (!sql) return null;
  await mkdir(location.migrationsDir, { recursive: true });
  const lockfile = path.join(location.migrationsDir, "migration_lock.toml");
  await access(lockfile).catch(() => writeFile(lockfile, MIGRATION_LOCKFILE));
  const directory = path.join(location.migrationsDir, `${timestamp(now)}_${name}`);
  await mkdir(directory);
  await writeFile(path.join(directory, "migration.sql"), sql);
  return directory;
}
