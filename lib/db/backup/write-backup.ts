import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { PassThrough } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { BACKUP_MAGIC, BACKUP_VERSION, END_OF_ROWS, quoteIdentifier, type BackupHeader } from "./backup-format";
import { listTablesInLoadOrder } from "./list-tables";

/**
 * Writes a consistent snapshot of the database at `url` to `file` while the app keeps
 * running: every table is read in one REPEATABLE READ, READ ONLY transaction, so the file
 * holds the database as it was at one instant. The file appears only when complete
 * (written under a temporary name, then renamed) and only its owner may read it: it
 * holds password hashes and personal data.
 */
export async function writeBackup(url: string, file: string): Promise<{ tables: number; rows: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const partial = `${file}.partial`;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const { rows: migrations } = await client.query<{ name: string }>(
      "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name DESC LIMIT 1",
    );
    if (!migrations[0]) throw new Error("This database has no applied migration: nothing to back up.");
    const tables = await listTablesInLoadOrder(client);
    const { rows: version } = await client.query<{ server_version: string }>("SHOW server_version");
    const header: BackupHeader = {
      createdAt: new Date().toISOString(),
      serverVersion: version[0]!.server_version,
      lastMigration: migrations[0].name,
      tables: tables.map((table) => table.name),
    };

    const text = new PassThrough();
    const written = pipeline(text, createGzip(), createWriteStream(partial, { mode: 0o600 }));
    text.write(`${BACKUP_MAGIC} ${BACKUP_VERSION} ${JSON.stringify(header)}\n`);
    let rows = 0;
    for (const table of tables) {
      text.write(`TABLE ${quoteIdentifier(table.name)} (${table.columns.map(quoteIdentifier).join(",")})\n`);
      const rowCount = await client.query<{ count: string }>(`SELECT count(*) FROM ${quoteIdentifier(table.name)}`);
      rows += Number(rowCount.rows[0]!.count);
      const copy = client.query(copyTo(`COPY ${quoteIdentifier(table.name)} (${table.columns.map(quoteIdentifier).join(",")}) TO STDOUT`));
      for await (const chunk of copy) {
        if (!text.write(chunk)) await new Promise((resolve) => text.once("drain", resolve));
      }
      text.write(`${END_OF_ROWS}\n`);
    }
    text.end();
    await written;
    await client.query("COMMIT");
    await rename(partial, file);
    return { tables: tables.length, rows };
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}
