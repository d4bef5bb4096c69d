// npm start: the whole app on one command.
//  1. the database: DATABASE_URL, or the embedded PostgreSQL under .data/ (started here,
//     stopped when we stop);
//  2. pending migrations; on the demo (a fresh clone: embedded, INSIEME_DEMO not 0) the
//     demo data; a real installation never gets it, and refuses a database that has it;
//  3. a production build if there is none made from these sources (`--dev`: the dev server);
//  4. the standalone Next.js server on 127.0.0.1 (HOSTNAME to change it), through
//     app-server.mjs (the landing page's micro-cache in front of it), until it exits
//     or we are stopped.
// Environment read here: DATABASE_URL, INSIEME_DEMO, PORT, HOSTNAME, NEXTAUTH_URL,
// NEXTAUTH_SECRET, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY (and INSIEME_DATA_DIR,
// INSIEME_DB_PORT in lib/db/embedded-postgres.ts).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createDatabaseClient } from "@/lib/db/client";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/schema-engine";
import { isDemoMode } from "@/lib/demo/demo-mode";
import { holdsDemoAccounts } from "@/prisma/seed/holds-demo-accounts";
import { seedDemoData } from "@/prisma/seed/seed-demo-data";
import { resolveActionsKey, resolveAuthSecret } from "./auth-secret";
import { buildApp } from "./build-app";
import { buildIsStale } from "./build-is-stale";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const hostname = process.env.HOSTNAME ?? "127.0.0.1";
const demo = isDemoMode();

async function prepareDatabase(url: string) {
  const applied = await applyMigrations(url);
  if (applied.length) console.log(`▸ Migrations applied: ${applied.join(", ")}`);
  const client = createDatabaseClient(url);
  try {
    if (!demo) {
      if (await holdsDemoAccounts(client)) {
        throw new Error(
          "This database holds the demo accounts, whose passwords are public: a real installation cannot run on it. Use a new database (or another INSIEME_DATA_DIR), or start the demo without INSIEME_DEMO=0.",
        );
      }
      return;
    }
    const { created } = await seedDemoData(client);
    if (created) console.log("▸ Demo data loaded (see README for the demo accounts)");
  } finally {
    await client.$disconnect();
  }
}

async function main() {
  const embedded: EmbeddedPostgres | undefined = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres();
  const url = embedded?.url ?? process.env.DATABASE_URL!;
  console.log(embedded ? `▸ Embedded PostgreSQL in ${embedded.paths.cluster} (127.0.0.1:${embedded.port})` : "▸ Database: DATABASE_URL");
  console.log(demo ? "▸ Demo installation: demo data and accounts" : "▸ Real installation: no demo data");

  const running: { app?: ChildProcess } = {}; // set once the app is spawned, below
  let stopping = false;
  const shutDown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    // The app first, so that no request is cut off from its database; then the database.
    const { app } = running;
    if (app && app.exitCode === null && app.signalCode === null) {
      const exited = new Promise((resolve) => app.once("exit", resolve));
      app.kill("SIGTERM");
      await exited;
    }
    await embedded?.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutDown(0));
  process.on("SIGTERM", () => void shutDown(0));

  let env: NodeJS.ProcessEnv;
  try {
    await prepareDatabase(url);
    env = {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: url,
      INSIEME_DEMO: demo ? "1" : "0",
      NEXTAUTH_SECRET: await resolveAuthSecret(Boolean(embedded)),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: await resolveActionsKey(Boolean(embedded)),
      PORT: port,
      HOSTNAME: hostname,
    };
    if (!env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY) delete env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY;
    if (!dev && (await buildIsStale())) {
      console.log("▸ Building the app (first start or changed sources)…");
      await buildApp(env);
    }
  } catch (error) {
    await embedded?.stop(); // so that the next start finds the database free
    throw error;
  }

  const app = dev
    ? spawn("next", ["dev", "--port", port, "--hostname", hostname], { stdio: "inherit", shell: process.platform === "win32", env })
    : spawn(process.execPath, ["--require", path.resolve("scripts", "exit-with-parent.cjs"), path.join(".next", "standalone", "app-server.mjs")], { stdio: "inherit", env });
  running.app = app;
  app.on("exit", (code) => void shutDown(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
