import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { SCRATCH_APPLICATION_NAME } from "./client";
import { openConnectionGate } from "./one-client-at-a-time";

export type ScratchDatabase = {
  /** A postgres:// URL that any PostgreSQL client (pg, Prisma's adapter) can use. */
  url: string;
  stop(): Promise<void>;
};


/**
 * A throwaway in-memory PGlite database served over the PostgreSQL wire protocol on
 * loopback. The app never runs on it (it runs on a real PostgreSQL: see
 * embedded-postgres.ts); two places use it because it starts in a fraction of a second
 * and leaves nothing behind: each Jest test file's database, and the shadow database
 * in which `npm run db:migration` replays the migration history.
 *
 * PGlite is a single-session database: clients are let in one whole connection at a
 * time (see one-client-at-a-time.ts), so a client uses a pool of one (`poolSizeFor` in client.ts).
 */
export async function startScratchDatabase(): Promise<ScratchDatabase> {
  const db = await PGlite.create({});
  // Behind the gate only one client talks at a time; a few slots let a closing
  // connection finish detaching while the next one is already admitted.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 4 });
  await server.start();
  const upstreamPort = Number(server.getServerConn().split(":").at(-1));
  const gate = await openConnectionGate({ upstreamPort });
  const url = `postgres://postgres:postgres@127.0.0.1:${gate.port}/postgres?sslmode=disable&application_name=${SCRATCH_APPLICATION_NAME}`;
  return {
    url,
    async stop() {
      await gate.close();
      await server.stop();
      await db.close();
    },
  };
}
