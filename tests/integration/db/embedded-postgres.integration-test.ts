import { spawn } from "node:child_process";
import { stat } from "node:fs/promises";
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { EmbeddedDatabaseBusyError, findRunningEmbeddedPostgres, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { startTestCluster, type TestCluster } from "../../support/embedded-cluster";

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("the embedded PostgreSQL", () => {
  let cluster: TestCluster;
  beforeAll(async () => {
    cluster = await startTestCluster();
  }, 120_000);
  afterAll(() => cluster.cleanup());

  it("is a real PostgreSQL on 127.0.0.1 only, with fsync on, password authentication and private files", async () => {
    const [settings] = await query<Record<string, string>>(
      cluster.server.url,
      "SELECT current_setting('fsync') AS fsync, current_setting('synchronous_commit') AS sync, current_setting('listen_addresses') AS listen, current_setting('unix_socket_directories') AS sockets, current_setting('server_version_num') AS version",
    );
    expect(settings).toEqual({ fsync: "on", sync: "on", listen: "127.0.0.1", sockets: "", version: expect.stringMatching(/^1[78]\d{4}$/) });
    const wrong = new URL(cluster.server.url);
    wrong.password = "not-the-password";
    await expect(query(wrong.toString(), "SELECT 1")).rejects.toThrow(/password authentication failed/);
    expect((await stat(cluster.paths.cluster)).mode & 0o777).toBe(0o700);
    expect((await stat(cluster.paths.passwordFile)).mode & 0o777).toBe(0o600);
    expect((await stat(cluster.paths.root)).mode & 0o077 & ~0o011).toBe(0); // no one else may read or write it
  });

  it("refuses a second start on the same directory while one runs, and lets commands find the running one", async () => {
    await expect(startEmbeddedPostgres({ paths: cluster.paths })).rejects.toBeInstanceOf(EmbeddedDatabaseBusyError);
    expect(await findRunningEmbeddedPostgres(cluster.paths)).toBe(cluster.server.url);
  });

  it("loses no acknowledged write when the app and the database are killed with SIGKILL mid-burst", async () => {
    // Node itself runs the writer (tsx as a loader), so the pid we kill is the writer's.
    const writer = spawn(process.execPath, ["--import", "tsx", path.join("tests", "support", "write-burst.ts"), cluster.server.url], { stdio: ["ignore", "pipe", "inherit"] });
    const acknowledged: number[] = [];
    await new Promise<void>((resolve, reject) => {
      let buffer = "";
      writer.stdout.on("data", (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split("\n");
        buffer = lines.pop() ?? "";
        for (const line of lines) if (/^\d+$/.test(line)) acknowledged.push(Number(line));
        if (acknowledged.length >= 400) resolve();
      });
      writer.once("exit", (code) => reject(new Error(`the writer exited early (${code})`)));
    });
    // The whole machine "dies": the writer and the postmaster, with no chance to flush.
    const postmaster = Number((await readFile(path.join(cluster.paths.cluster, "postmaster.pid"), "utf8")).split("\n")[0]);
    writer.kill("SIGKILL");
    process.kill(postmaster, "SIGKILL");
    for (let waited = 0; isAlive(postmaster) && waited < 100; waited += 1) await new Promise((resolve) => setTimeout(resolve, 100));

    // A restart finds the stale postmaster.pid, recovers from the WAL and has every row.
    cluster.server = await startEmbeddedPostgres({ paths: cluster.paths });
    const rows = await query<{ id: number }>(cluster.server.url, "SELECT id FROM burst");
    const present = new Set(rows.map((row) => row.id));
    const lost = acknowledged.filter((id) => !present.has(id));
    expect(acknowledged.length).toBeGreaterThanOrEqual(400);
    expect(lost).toEqual([]);
  }, 120_000);
});
