import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedDatabase = {
  /** A postgres:// URL that any PostgreSQL client (pg, Prisma's adapter) can use. */
  url: string;
  /**
   * Resolves once no client is connected. A client that closes its connection learns of
   * it before the server does; the next client must wait for the server to notice, or
   * it would be turned away as a second connection.
   */
  waitUntilIdle(): Promise<void>;
  stop(): Promise<void>;
};

/**
 * Serves a PGlite database over the PostgreSQL wire protocol on loopback.
 *
 * PGlite is a single-connection database that only one process may open. Serving it
 * over a socket lets the app, the migrator and the seed talk to it like to any
 * PostgreSQL server, through the same driver adapter as production, while exactly one
 * process owns the files. The server accepts one connection at a time: its multiplexer
 * interleaves extended-protocol messages of different connections, which is unsafe, so
 * clients must use a pool of one connection (see `poolSizeFor`).
 */
export async function startEmbeddedDatabase(options: {
  /** A directory for a persistent database; omitted, the database lives in memory. */
  dataDir?: string;
  port?: number;
}): Promise<EmbeddedDatabase> {
  const db = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
  const server = new PGLiteSocketServer({
    db,
    host: "127.0.0.1",
    port: options.port ?? 0,
    maxConnections: 1,
  });
  await server.start();
  const url = `postgres://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable&application_name=${EMBEDDED_APPLICATION_NAME}`;
  return {
    url,
    async waitUntilIdle() {
      for (let waited = 0; server.getStats().activeConnections > 0; waited += 10) {
        if (waited > 10_000) throw new Error("The embedded database still has a client connected.");
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

/** Embedded databases accept a single connection; a server gets a normal pool. */
export function poolSizeFor(url: string): number {
  const configured = Number(process.env.DATABASE_POOL_MAX);
  if (Number.isInteger(configured) && configured > 0) return configured;
  return isEmbeddedUrl(url) ? 1 : 10;
}

/** Embedded URLs carry this application name, so any process can tell them apart. */
const EMBEDDED_APPLICATION_NAME = "insieme-embedded";

export function isEmbeddedUrl(url: string): boolean {
  try {
    return new URL(url).searchParams.get("application_name") === EMBEDDED_APPLICATION_NAME;
  } catch {
    return false;
  }
}
