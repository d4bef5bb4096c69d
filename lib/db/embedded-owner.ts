import { mkdir, open, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedDatabase } from "./embedded-server";

const DATA_ROOT = path.resolve(process.env.INSIEME_DATA_DIR ?? ".data");
const PGLITE_DIR = path.join(DATA_ROOT, "pglite");
const OWNER_FILE = path.join(DATA_ROOT, "pglite-owner.json");

type Owner = { pid: number; url?: string };

export type DatabaseHandle = {
  url: string;
  /** True when this process opened the embedded database and serves it. */
  owned: boolean;
  embedded: boolean;
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

async function waitForOwnerUrl(): Promise<string> {
  for (let waited = 0; waited < 30_000; waited += 200) {
    const owner = await readOwner();
    if (owner?.url) return owner.url;
    if (!owner || !isAlive(owner.pid)) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The embedded database in ${PGLITE_DIR} is held by another process that does not answer.`);
}

/**
 * The database this process should talk to.
 *
 * With DATABASE_URL set, that server. Otherwise the embedded PGlite database under
 * .data/, which only one process may open: the first process to ask serves it on a
 * loopback socket and records the address; any other process (a migration or seed
 * while the app runs) connects to that server instead of opening the files itself.
 */
export async function acquireDatabase(): Promise<DatabaseHandle> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, owned: false, embedded: false, release: async () => {} };

  if (!(await claimOwnership())) {
    return { url: await waitForOwnerUrl(), owned: false, embedded: true, release: async () => {} };
  }
  try {
    const server = await startEmbeddedDatabase({ dataDir: PGLITE_DIR, port: Number(process.env.PGLITE_PORT ?? 0) });
    await writeFile(OWNER_FILE, JSON.stringify({ pid: process.pid, url: server.url } satisfies Owner));
    return {
      url: server.url,
      owned: true,
      embedded: true,
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
