// The server the end-to-end tests run against: the production build started by the
// same start script as `npm start`, on a database of its own that begins empty:
//  - TEST_DATABASE_URL set (CI): a new database on that PostgreSQL server, with the demo;
//  - otherwise: a new embedded PostgreSQL cluster in a temporary directory, the demo as
//    on a fresh clone.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server on loopback that keeps every message it receives as a file in
 * E2E_MAILDIR, where the tests read verification and reset links.
 */
async function startMailCatcher(directory: string): Promise<{ url: string; stop(): Promise<void> }> {
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received += 1;
        writeFileSync(path.join(directory, `${String(received).padStart(5, "0")}.eml`), Buffer.concat(chunks));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

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
  const mail = await startMailCatcher(process.env.E2E_MAILDIR ?? path.join(dataDir, "mail"));
  const serverUrl = process.env.TEST_DATABASE_URL;
  const serverDatabase = serverUrl ? await createServerDatabase(serverUrl) : undefined;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    INSIEME_DATA_DIR: dataDir,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomUUID(),
    SMTP_URL: mail.url,
    INSIEME_DEMO: "1",
    // A short grace before a board move is told, so the board spec can see an undone move
    // tell nobody and a kept one told, without waiting the production minute.
    PHASE_CHANGE_GRACE_SECONDS: process.env.PHASE_CHANGE_GRACE_SECONDS ?? "15",
    ...(serverDatabase ? { DATABASE_URL: serverDatabase.url } : {}),
  };
  delete env.TEST_DATABASE_URL;
  if (!serverDatabase) delete env.DATABASE_URL;

  // Where the tests find the app's database (tests/e2e/support/app-database.ts): the
  // fuzz test counts rows before and after each refused request.
  const stateFile = process.env.E2E_STATE_FILE;
  if (stateFile) writeFileSync(stateFile, JSON.stringify({ dataDir, databaseUrl: serverDatabase?.url ?? null }), { mode: 0o600 });

  const app = spawn("tsx", ["scripts/start.ts"], { stdio: "inherit", env });
  const cleanUp = async () => {
    if (stateFile) rmSync(stateFile, { force: true });
    await mail.stop();
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
