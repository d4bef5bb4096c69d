import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { openConnectionGate } from "./one-client-at-a-time";

export type EmbeddedDatabase = {
  /** A postgres:// URL that any PostgreSQL client (pg, Prisma's adapter) can use. */
  url: string;
  stop(): Promise<void>;
};

/** Embedded URLs carry this application name, so any process can tell them apart. */
const EMBEDDED_APPLICATION_NAME = "insieme-embedded";

/**
 * Serves a PGlite database over the PostgreSQL wire protocol on loopback.
 *
 * PGlite is a single-connection database that only one process may open. Serving it
 * over a socket lets the app, the migrator and the seed talk to it like to any
 * PostgreSQL server, through the same driver adapter as production, while exactly one
 * process owns the files. Clients are let in one whole connection at a time (see
 * one-client-at-a-time.ts), so each process uses a pool of one (see `poolSizeFor`) and
 * a connection opened while another is in use waits for it.
 */
export async function startEmbeddedDatabase(options: { dataDir?: string; port?: number }): Promise<EmbeddedDatabase> {
  const db = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
  // Behind the gate only one client talks at a time; a few slots let a closing
  // connection finish detaching while the next one is already admitted.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 4 });
  await server.start();
  const upstreamPort = Number(server.getServerConn().split(":").at(-1));
  const gate = await openConnectionGate({ upstreamPort, port: options.port });
  const url = `postgres://postgres:postgres@127.0.0.1:${gate.port}/postgres?sslmode=disable&application_name=${EMBEDDED_APPLICATION_NAME}`;
  return {
    url,
    async stop() {
      await gate.close();
      await server.stop();
      await db.close();
    },
  };
}

/** Embedded databases take one client at a time; a server gets a normal pool. */
export function poolSizeFor(url: string): number {
  const configured = Number(process.env.DATABASE_POOL_MAX);
  if (Number.isInteger(configured) && configured > 0) return configured;
  return isEmbeddedUrl(url) ? 1 : 10;
}

export function isEmbeddedUrl(url: string): boolean {
  try {
    return new URL(url).searchParams.get("application_name") === EMBEDDED_APPLICATION_NAME;
  } catch {
    return false;
  }
}
