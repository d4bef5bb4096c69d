import { serverConfig } from "@/lib/config/server-config";
import { findRunningEmbeddedPostgres, startEmbeddedPostgres } from "./embedded-postgres";

export type DatabaseHandle = {
  url: string;
  embedded: boolean;
  /** For messages: the cluster's directory, or "DATABASE_URL". */
  location: string;
  /** Stops the embedded server if this process started it; otherwise nothing. */
  release(): Promise<void>;
};

/**
 * The database a command (migrate, seed, jobs, backup, admin:create) works on:
 * DATABASE_URL; else the embedded PostgreSQL that `npm start` is running now; else the
 * embedded PostgreSQL started for the length of the command.
 */
export async function openDatabase(): Promise<DatabaseHandle> {
  const configured = serverConfig().databaseUrl;
  if (configured) return { url: configured, embedded: false, location: "DATABASE_URL", release: async () => {} };
  const running = await findRunningEmbeddedPostgres();
  if (running) return { url: running, embedded: true, location: "the running embedded PostgreSQL", release: async () => {} };
  const server = await startEmbeddedPostgres();
  return { url: server.url, embedded: true, location: server.paths.cluster, release: server.stop };
}
