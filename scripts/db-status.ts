// npm run db:status: which migrations are applied, pending or failed, in DATABASE_URL or
// the embedded database, through Prisma's WebAssembly engine (the equivalent of
// `prisma migrate status`, which needs a native engine we cannot download). Exit code 1
// when a migration is pending or failed, so a deploy script can stop.
import pg from "pg";
import { loadEnvFiles } from "@/lib/config/load-env-files";
import { describeMigrationStatus } from "@/lib/db/migration-status-report";
import { diagnoseMigrations } from "@/lib/db/schema-engine";

async function appliedMigrations(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ migration_name: string }>(
      `SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL ORDER BY "migration_name"`,
    );
    return result.rows.map((row) => row.migration_name);
  } catch {
    return []; // no migrations table yet: the diagnosis says so
  } finally {
    await client.end();
  }
}

async function main() {
  loadEnvFiles();
  // Imported after the .env files are read: it looks at DATABASE_URL.
  const { openDatabase } = await import("@/lib/db/open-database");
  const database = await openDatabase();
  let ok = false;
  try {
    const applied = await appliedMigrations(database.url);
    const report = describeMigrationStatus(applied, await diagnoseMigrations(database.url));
    console.log(report.text);
    ok = report.ok;
  } finally {
    await database.release();
  }
  process.exit(ok ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
