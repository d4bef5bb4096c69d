import { createReadStream } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { applyMigrations } from "../schema-engine";
import { BACKUP_MAGIC, BACKUP_VERSION, END_OF_ROWS, parseTableLine, quoteIdentifier, type BackupHeader } from "./backup-format";

export class RestoreRefusedError extends Error {
  override readonly name = "RestoreRefusedError";
}

/**
 * Loads a backup made by writeBackup into the database at `url`, which must be empty (no
 * table at all): a restore never merges into or overwrites live data. It rebuilds the
 * schema the backup was made on (the migrations up to its last one), then loads every
 * table's rows in one transaction: a failure leaves no row behind. Later migrations of
 * this checkout are applied by the next `npm start`.
 */
export async function restoreBackup(url: string, file: string): Promise<{ tables: number; header: BackupHeader }> {
  const source = createReadStream(file);
  const lines = createInterface({ input: source.pipe(createGunzip()), crlfDelay: Infinity });
  try {
    return await restoreLines(url, file, lines[Symbol.asyncIterator]());
  } finally {
    lines.close();
    source.destroy();
  }
}

async function restoreLines(url: string, file: string, iterator: AsyncIterator<string>): Promise<{ tables: number; header: BackupHeader }> {
  const first = (await iterator.next()).value as string | undefined;
  const [magic, version, ...json] = (first ?? "").split(" ");
  if (magic !== BACKUP_MAGIC) throw new RestoreRefusedError(`${file} is not an Insieme backup.`);
  if (Number(version) !== BACKUP_VERSION) throw new RestoreRefusedError(`${file} is a backup of format ${version}; this version reads format ${BACKUP_VERSION}.`);
  const header = JSON.parse(json.join(" ")) as BackupHeader;

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let wroteSchema = false;
  let openCopy: ReturnType<typeof copyFrom> | undefined;
  try {
    const { rows } = await client.query<{ count: string }>("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()");
    if (Number(rows[0]!.count) > 0) {
      throw new RestoreRefusedError("The target database is not empty: a backup is restored only into an empty database. Create a new one (or a new INSIEME_DATA_DIR).");
    }
    wroteSchema = true;
    const applied = await applyMigrations(url, undefined, { upTo: header.lastMigration });
    if (applied.at(-1) !== header.lastMigration) {
      throw new RestoreRefusedError(`The backup needs migration ${header.lastMigration}, which this checkout does not have: restore with the version of Insieme that made it, or a newer one.`);
    }

    await client.query("BEGIN");
    let tables = 0;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const target = parseTableLine(next.value);
      if (!target) throw new RestoreRefusedError(`Unexpected line in ${file}: ${next.value.slice(0, 80)}`);
      const copy = (openCopy = client.query(copyFrom(`COPY ${quoteIdentifier(target.table)} (${target.columns.map(quoteIdentifier).join(",")}) FROM STDIN`)));
      const done = new Promise<void>((resolve, reject) => {
        copy.once("finish", resolve);
        copy.once("error", reject);
      });
      done.catch(() => {}); // awaited below; when the file is bad, the error that matters is ours
      for (let row = await iterator.next(); ; row = await iterator.next()) {
        if (row.done) throw new RestoreRefusedError(`${file} ends in the middle of table ${target.table}: it is incomplete.`);
        if (row.value === END_OF_ROWS) break;
        if (!copy.write(`${row.value}\n`)) await once(copy, "drain");
      }
      copy.end();
      await done;
      openCopy = undefined;
      tables += 1;
    }
    await client.query("COMMIT");
    return { tables, header };
  } catch (error) {
    if (openCopy) {
      // Abandon the COPY under way (the server is told, and fails it), or ROLLBACK would
      // wait behind it for ever.
      const closed = once(openCopy, "close").catch(() => {});
      openCopy.destroy(error instanceof Error ? error : new Error(String(error)));
      await closed;
    }
    await client.query("ROLLBACK").catch(() => {});
    // The database was empty: leave it empty again, so the restore can simply be retried.
    if (wroteSchema) await emptySchema(client).catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** Drops what the migrations created in a database that was empty before the restore. */
async function emptySchema(client: pg.Client) {
  const { rows: tables } = await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()");
  for (const { name } of tables) await client.query(`DROP TABLE IF EXISTS ${quoteIdentifier(name)} CASCADE`);
  const { rows: types } = await client.query<{ name: string }>(
    "SELECT t.typname AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = current_schema() AND t.typtype = 'e'",
  );
  for (const { name } of types) await client.query(`DROP TYPE IF EXISTS ${quoteIdentifier(name)} CASCADE`);
}
