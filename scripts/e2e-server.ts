// The server the end-to-end tests run against: the production build started by the
// same start script as `npm start`, on a database of its own that begins empty:
//  - TEST_DATABASE_URL set (CI): a new database on that PostgreSQL server, seeded;
//  - otherwise: a new embedded PGlite database in a temporary directory.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

async function createServerDatabase(serverUrl: string) {
  const name = `insieme_e2e_${randomUUID().replaceAll("-", "")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const cleaner = new pg.Client({ connectionString: serverUrl });
      await cleaner.connect();
      await cleaner.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleaner.end();
    },
  };
}

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), "insieme-e2e-"));
  const serverUrl = process.env.TEST_DATABASE_URL;
  const serverDatabase = serverUrl ? await createServerDatabase(serverUrl) : undefined;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    INSIEME_DATA_DIR: dataDir,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomUUID(),
    ...(serverDatabase ? { DATABASE_URL: serverDatabase.url, SEED_DEMO_DATA: "1" } : {}),
  };
  delete env.TEST_DATABASE_URL;
  if (!serverDatabase) delete env.DATABASE_URL;

  const app = spawn("tsx", ["scripts/start.ts"], { stdio: "inherit", env });
  const cleanUp = async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await serverDatabase?.drop().catch(() => {});
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => app.kill(signal));
  app.on("exit", (code) => void cleanUp().finally(() => process.exit(code ?? 0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
