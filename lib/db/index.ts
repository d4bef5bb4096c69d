import { createDatabaseClient, type Database } from "./client";
import { serverConfig } from "@/lib/config/server-config";

// One client per process. Kept on globalThis because Next's dev server re-evaluates
// modules on every change, and each evaluation would otherwise open a new pool.
const globalForDb = globalThis as unknown as { insiemeDb?: Database };

function openDatabase(): Database {
  const url = serverConfig().databaseUrl;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start the app with `npm start` (it serves the embedded database) or set DATABASE_URL to a PostgreSQL server.",
    );
  }
  return createDatabaseClient(url);
}

/**
 * The app's database. Opened on first use, not at import, so that `next build` can load
 * every module without a database.
 */
export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    globalForDb.insiemeDb ??= openDatabase();
    const value = Reflect.get(globalForDb.insiemeDb, property);
    return typeof value === "function" ? value.bind(globalForDb.insiemeDb) : value;
  },
});

export type { Database };
