import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startScratchDatabase, type ScratchDatabase } from "@/lib/db/pglite-scratch";
import { describeMigrationStatus } from "@/lib/db/migration-status-report";
import { applyMigrations, diagnoseMigrations, PROJECT_SCHEMA } from "@/lib/db/schema-engine";

// db:status against a database that has only the first migrations of the history.
describe("npm run db:status (migration status through the WebAssembly engine)", () => {
  let database: ScratchDatabase;
  let partial: string;
  let all: string[];
  beforeAll(async () => {
    all = (await readdir(PROJECT_SCHEMA.migrationsDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    partial = await mkdtemp(path.join(os.tmpdir(), "insieme-migrations-"));
    await cp(path.join(PROJECT_SCHEMA.migrationsDir, "migration_lock.toml"), path.join(partial, "migration_lock.toml"));
    for (const name of all.slice(0, 2)) await cp(path.join(PROJECT_SCHEMA.migrationsDir, name), path.join(partial, name), { recursive: true });
    database = await startScratchDatabase();
    await applyMigrations(database.url, { schemaPath: PROJECT_SCHEMA.schemaPath, migrationsDir: partial });
  });
  afterAll(async () => {
    await database.stop();
    await rm(partial, { recursive: true, force: true });
  });

  it("lists the migrations not yet applied and says the database is not up to date", async () => {
    const diagnosis = await diagnoseMigrations(database.url);
    expect(diagnosis).toMatchObject({ hasMigrationsTable: true, pending: all.slice(2), failed: [], edited: [] });
    const report = describeMigrationStatus(all.slice(0, 2), diagnosis);
    expect(report.ok).toBe(false);
    expect(report.text).toContain(`Pending (run npm run db:migrate): ${all.length - 2}`);
  });

  it("exits 1 while migrations are pending and 0 once they are applied", async () => {
    // Asynchronously: the embedded database answers from this very process.
    const run = () =>
      new Promise<{ status: number | null; stdout: string }>((resolve) => {
        execFile(path.join("node_modules", ".bin", "tsx"), ["scripts/db-status.ts"], { encoding: "utf8", env: { ...process.env, NODE_ENV: "test", DATABASE_URL: database.url }, timeout: 120_000 }, (error, stdout) =>
          resolve({ status: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout }),
        );
      });
    const before = await run();
    expect(before.stdout).toContain(`Applied migrations: 2`);
    expect(before.stdout).toContain(all[2]);
    expect(before.status).toBe(1);

    await applyMigrations(database.url);
    const after = await run();
    expect(after.stdout).toContain(`Applied migrations: ${all.length}`);
    expect(after.stdout).toContain("The database is up to date.");
    expect(after.status).toBe(0);
  });
});
