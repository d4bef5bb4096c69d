import { readFileSync } from "node:fs";
import { createDatabaseClient, type Database } from "@/lib/db/client";
import { embeddedPaths, findRunningEmbeddedPostgres } from "@/lib/db/embedded-postgres";

/**
 * A client of the database the e2e app server runs on (scripts/e2e-server.ts writes where it
 * is): for tests that must see rows, e.g. that a refused request wrote nothing.
 */
export async function connectAppDatabase(): Promise<Database> {
  const stateFile = process.env.E2E_STATE_FILE;
  if (!stateFile) throw new Error("E2E_STATE_FILE is not set: run the tests through playwright.config.ts");
  const state = JSON.parse(readFileSync(stateFile, "utf8")) as { dataDir: string; databaseUrl: string | null };
  const url = state.databaseUrl ?? (await findRunningEmbeddedPostgres(embeddedPaths(state.dataDir)));
  if (!url) throw new Error(`The e2e app's embedded PostgreSQL in ${state.dataDir} is not running`);
  return createDatabaseClient(url);
}
