// The backup file: gzip of plain text, in the layout pg_dump uses for table data.
//   INSIEME-BACKUP 1 {"createdAt":…,"serverVersion":…,"lastMigration":…,"tables":[…]}
//   TABLE "User" ("id","email",…)
//   <PostgreSQL COPY text rows, one per line>
//   \.
//   TABLE …
// COPY's text format escapes newlines and backslashes inside values, so a line that is
// exactly "\." can only be the end of a table's rows.

export const BACKUP_MAGIC = "INSIEME-BACKUP";
export const BACKUP_VERSION = 1;
export const END_OF_ROWS = "\\.";

export type BackupHeader = {
  createdAt: string;
  serverVersion: string;
  /** The last migration applied to the database backed up: the restore rebuilds that schema. */
  lastMigration: string;
  /** Tables in an order where every table comes after those it references. */
  tables: string[];
};

export const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Parses `TABLE "name" ("a","b")` back into its parts. */
export function parseTableLine(line: string): { table: string; columns: string[] } | undefined {
  const match = /^TABLE ("(?:[^"]|"")+") \((.*)\)$/.exec(line);
  if (!match) return undefined;
  const unquote = (quoted: string) => quoted.slice(1, -1).replaceAll('""', '"');
  const columns = match[2]!.match(/"(?:[^"]|"")+"/g) ?? [];
  return { table: unquote(match[1]!), columns: columns.map(unquote) };
}
