import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import pg from "pg";
import { listTablesInLoadOrder } from "@/lib/db/backup/list-tables";
import { restoreBackup, RestoreRefusedError } from "@/lib/db/backup/restore-backup";
import { writeBackup } from "@/lib/db/backup/write-backup";
import { createDatabaseClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/schema-engine";
import { seedDemoData } from "@/prisma/seed/seed-demo-data";
import { startTestCluster, type TestCluster } from "../../support/embedded-cluster";

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Every application table's rows, each table in a stable order, as text. */
async function snapshot(url: string): Promise<Record<string, string[]>> {
  return withClient(url, async (client) => {
    const result: Record<string, string[]> = {};
    for (const table of await listTablesInLoadOrder(client)) {
      const { rows } = await client.query<{ row: string }>(`SELECT t::text AS row FROM "${table.name}" t ORDER BY 1`);
      result[table.name] = rows.map(({ row }) => row);
    }
    return result;
  });
}

describe("db:backup and db:restore", () => {
  let cluster: TestCluster;
  let scratch: string;
  const databaseUrl = (name: string) => {
    const url = new URL(cluster.server.url);
    url.pathname = `/${name}`;
    return url.toString();
  };

  beforeAll(async () => {
    cluster = await startTestCluster();
    scratch = await mkdtemp(path.join(os.tmpdir(), "insieme-backup-"));
    await applyMigrations(cluster.server.url);
    const db = createDatabaseClient(cluster.server.url);
    try {
      await seedDemoData(db); // organisations, users, partnerships and their work: most tables have rows
    } finally {
      await db.$disconnect();
    }
  }, 180_000);
  afterAll(async () => {
    await cluster.cleanup();
    await rm(scratch, { recursive: true, force: true });
  });

  it("restores into a fresh database every table, row by row, as it was backed up", async () => {
    const file = path.join(scratch, "insieme.backup.gz");
    const written = await writeBackup(cluster.server.url, file);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const original = await snapshot(cluster.server.url);
    const nonEmpty = Object.values(original).filter((rows) => rows.length > 0).length;
    expect(nonEmpty).toBeGreaterThan(15);
    expect(written.rows).toBe(Object.values(original).reduce((sum, rows) => sum + rows.length, 0));

    await withClient(cluster.server.url, (client) => client.query("CREATE DATABASE restored"));
    const { tables } = await restoreBackup(databaseUrl("restored"), file);
    expect(tables).toBe(Object.keys(original).length);
    expect(await snapshot(databaseUrl("restored"))).toEqual(original);
    // The restored database is a working one: the app's own client reads it.
    const db = createDatabaseClient(databaseUrl("restored"));
    try {
      expect(await db.user.count()).toBe(original.User!.length);
    } finally {
      await db.$disconnect();
    }
  }, 120_000);

  it("refuses a database that is not empty, changing nothing in it", async () => {
    const file = path.join(scratch, "again.backup.gz");
    await writeBackup(cluster.server.url, file);
    const before = await snapshot(cluster.server.url);
    await expect(restoreBackup(cluster.server.url, file)).rejects.toBeInstanceOf(RestoreRefusedError);
    expect(await snapshot(cluster.server.url)).toEqual(before);
  }, 120_000);

  it("refuses a file that is not a backup, or is cut short, and leaves the database empty for another try", async () => {
    const file = path.join(scratch, "cut.backup.gz");
    await writeBackup(cluster.server.url, file);
    const text = gunzipSync(await readFile(file)).toString("utf8");
    const { writeFile } = await import("node:fs/promises");
    const { gzipSync } = await import("node:zlib");
    const cut = path.join(scratch, "cut-short.backup.gz");
    await writeFile(cut, gzipSync(text.slice(0, Math.floor(text.length / 2)).replace(/\n[^\n]*$/, "\n")));
    await withClient(cluster.server.url, (client) => client.query("CREATE DATABASE target"));
    await expect(restoreBackup(databaseUrl("target"), cut)).rejects.toThrow(/incomplete/);
    const tablesLeft = await withClient(databaseUrl("target"), (client) => client.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'"));
    expect(tablesLeft.rows[0].n).toBe(0);
    // …so the whole backup then goes in.
    await restoreBackup(databaseUrl("target"), file);
    expect(await snapshot(databaseUrl("target"))).toEqual(await snapshot(cluster.server.url));

    const notBackup = path.join(scratch, "not.gz");
    await writeFile(notBackup, gzipSync("hello\n"));
    await withClient(cluster.server.url, (client) => client.query("CREATE DATABASE other"));
    await expect(restoreBackup(databaseUrl("other"), notBackup)).rejects.toThrow(/not an Insieme backup/);
  }, 180_000);
});
