import { readdir } from "node:fs/promises";
import path from "node:path";
import type { Database } from "@/lib/db/client";

export type HealthReport = {
  status: "ok" | "error";
  database: "ok" | "unreachable";
  migrations: { pending: number; failed: number } | null;
  /** Why the server is not healthy; names no person and no secret. */
  reason?: string;
  version: string;
};

type MigrationRow = { migration_name: string; finished_at: Date | null; rolled_back_at: Date | null };

async function migrationDirectories(migrationsDir: string): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

/**
 * The app server's health, for a load balancer or a monitor: the database answers, and
 * every migration shipped with this build is applied (a server running against an older
 * schema would fail on its first query). Reads `_prisma_migrations` directly, as
 * `prisma migrate status` does, because it runs on every probe and must stay cheap.
 */
export async function checkHealth(
  db: Database,
  options: { migrationsDir?: string; version: string },
): Promise<HealthReport> {
  const migrationsDir = options.migrationsDir ?? path.join(process.cwd(), "prisma", "migrations");
  const version = options.version;
  try {
    await db.$queryRaw`SELECT 1`;
  } catch {
    return { status: "error", database: "unreachable", migrations: null, reason: "the database does not answer", version };
  }
  let rows: MigrationRow[];
  try {
    rows = await db.$queryRaw<MigrationRow[]>`SELECT "migration_name", "finished_at", "rolled_back_at" FROM "_prisma_migrations"`;
  } catch {
    const pending = (await migrationDirectories(migrationsDir)).length;
    return { status: "error", database: "ok", migrations: { pending, failed: 0 }, reason: "the database has no migrations table: run npm run db:migrate", version };
  }
  const applied = new Set(rows.filter((row) => row.finished_at && !row.rolled_back_at).map((row) => row.migration_name));
  const failed = rows.filter((row) => !row.finished_at && !row.rolled_back_at).length;
  const pending = (await migrationDirectories(migrationsDir)).filter((name) => !applied.has(name)).length;
  const migrations = { pending, failed };
  if (failed > 0) return { status: "error", database: "ok", migrations, reason: `${failed} migration(s) failed: see npm run db:status`, version };
  if (pending > 0) return { status: "error", database: "ok", migrations, reason: `${pending} migration(s) not applied: run npm run db:migrate`, version };
  return { status: "ok", database: "ok", migrations, version };
}
