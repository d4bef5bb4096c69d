// npm run db:migration -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that brings the
// migration history up to schema.prisma. Needs no database and no native engine.
import { mkdir, writeFile, access } from "node:fs/promises";
import path from "node:path";
import { diffMigrationsToSchema, MIGRATION_LOCKFILE, MIGRATIONS_DIR } from "@/lib/db/schema-engine";

function timestamp(date = new Date()): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error("Usage: npm run db:migration -- <name>   (lower-case letters, digits and _)");
    process.exit(2);
  }
  const sql = await diffMigrationsToSchema();
  if (!sql) {
    console.log("schema.prisma and the migrations already agree: no migration written.");
    return;
  }
  const lockfile = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  await mkdir(MIGRATIONS_DIR, { recursive: true });
  await access(lockfile).catch(() =>
    writeFile(lockfile, MIGRATION_LOCKFILE),
  );
  const directory = path.join(MIGRATIONS_DIR, `${timestamp()}_${name}`);
  await mkdir(directory);
  await writeFile(path.join(directory, "migration.sql"), sql);
  console.log(`Wrote ${path.relative(process.cwd(), directory)}/migration.sql`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
