import { mkdir, open, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedDatabase } from "./embedded-server";

const DATA_ROOT = path.resolve(process.env.INSIEME_DATA_DIR ?? ".data");
const PGLITE_DIR = path.join(DATA_ROOT, "pglite");
const OWNER_FILE = path.join(DATA_ROOT, "pglite-owner.json");

type Owner = { pid: number; url?: string };

export class EmbeddedDatabaseBusyError extends Error {
  override readonly name = "EmbeddedDatabaseBusyError";
}

export type DatabaseHandle = {
  url: string;
  embedded: boolean;
  /** Where the data lives, for messages: a directory, or "DATABASE_URL". */
  location: string;
  release(): Promise<void>;
};

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function readOwner(): Promise<Owner | undefined> {
  try {
    return JSON.parse(await readFile(OWNER_FILE, "utf8")) as Owner;
  } catch {
    return undefined;
  }
}

/** Claims the embedded database for this process; false when a live process holds it. */
async function claimOwnership(): Promise<boolean> {
  await mkdir(DATA_ROOT, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      // "wx" fails if the file exists: of two processes racing here, exactly one wins.
      const file = await open(OWNER_FILE, "wx");
      await file.writeFile(JSON.stringify({ pid: process.pid } satisfies Owner));
      await file.close();
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = await readOwner();
      if (owner && isAlive(owner.pid)) return false;
      await rm(OWNER_FILE, { force: true }); // left behind by a process that died
    }
  }
  return false;
}

/**
 * The database this process should talk to.
 *
 * With DATABASE_URL set, that server. Otherwise the embedded PGlite database under
 * .data/, which only one process may open at a time: this process claims it (an owner
 * file created exclusively, with our pid) and serves it on a loopback socket. While the
 * app runs, a migration or seed started by hand is refused with a clear message rather
 * than opening the same files a second time; `npm start` migrates and seeds by itself.
 */
export async function acquireDatabase(): Promise<DatabaseHandle> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    return { url: configured, embedded: false, location: "DATABASE_URL", release: async () => {} };
  }
  if (!(await claimOwnership())) {
    const owner = await readOwner();
    throw new EmbeddedDatabaseBusyError(
      `The embedded database (${PGLITE_DIR}) is in use by process ${owner?.pid ?? "?"}, probably Insieme itself: stop it first. npm start applies migrations and demo data on its own.`,
    );
  }
  try {
    const server = await startEmbeddedDatabase({ dataDir: PGLITE_DIR, port: Number(process.env.PGLITE_PORT ?? 0) });
    await writeFile(OWNER_FILE, JSON.stringify({ pid: process.pid, url: server.url } satisfies Owner));
    return {
      url: server.url,
      embedded: true,
      location: PGLITE_DIR,
      async release() {
        await server.stop();
        await rm(OWNER_FILE, { force: true });
      },
    };
  } catch (error) {
    await rm(OWNER_FILE, { force: true });
    throw error;
  }
}
