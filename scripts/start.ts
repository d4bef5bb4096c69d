// npm start: the whole app on one command.
//  1. the database: DATABASE_URL, or the embedded PGlite under .data/ served by this process;
//  2. pending migrations; demo data on a new embedded database (or with SEED_DEMO_DATA=1);
//  3. a production build if there is none or the sources changed (`--dev`: the dev server);
//  4. Next.js, pointed at the database, until it exits or we are stopped.
import { spawn, spawnSync } from "node:child_process";
import { createDatabaseClient } from "@/lib/db/client";
import { acquireDatabase, type DatabaseHandle } from "@/lib/db/embedded-owner";
import { applyMigrations } from "@/lib/db/schema-engine";
import { seedDemoData } from "@/prisma/seed/seed-demo-data";
import { resolveAuthSecret } from "./auth-secret";
import { buildIsStale } from "./build-is-stale";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const nextEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

async function prepareDatabase(database: DatabaseHandle) {
  const applied = await applyMigrations(database.url);
  if (applied.length) console.log(`▸ Migrations applied: ${applied.join(", ")}`);
  if (!database.embedded && process.env.SEED_DEMO_DATA !== "1") return;
  const client = createDatabaseClient(database.url);
  try {
    const { created } = await seedDemoData(client);
    if (created) console.log("▸ Demo data loaded (see README for the demo accounts)");
  } finally {
    // The embedded database takes one connection at a time: free it for the app.
    await client.$disconnect();
  }
}

async function main() {
  const database = await acquireDatabase();
  console.log(database.embedded ? `▸ Embedded database in ${database.location}` : "▸ Database: DATABASE_URL");
  let secret: string;
  try {
    await prepareDatabase(database);
    secret = await resolveAuthSecret(database.embedded);
    if (!dev && (await buildIsStale())) {
      console.log("▸ Building the app (first start or changed sources)…");
      const build = spawnSync("next", ["build"], { stdio: "inherit", env: nextEnv, shell: process.platform === "win32" });
      if (build.status !== 0) throw new Error("next build failed");
    }
  } catch (error) {
    await database.release(); // so that the next start finds the database free
    throw error;
  }

  const app = spawn("next", [dev ? "dev" : "start", "--port", port], {
    stdio: "inherit",
    shell: process.platform === "win32",
    env: {
      ...nextEnv,
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    },
  });
  const stop = (signal: NodeJS.Signals) => app.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  app.on("exit", (code) => {
    void database.release().finally(() => process.exit(code ?? 0));
  });
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
