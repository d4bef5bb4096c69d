// npm run db:backup [-- FILE]: a consistent snapshot of the running database (DATABASE_URL,
// or the embedded PostgreSQL, running or not) in one file, while the app keeps serving.
// Default file: insieme-<date and time>.backup.gz in the current directory. Copy it off
// this machine: a backup on the same disk dies with it.
import path from "node:path";
import { writeBackup } from "@/lib/db/backup/write-backup";
import { openDatabase } from "@/lib/db/open-database";

async function main() {
  const stamp = new Date().toISOString().replace(/[:]/g, "").replace(/\..*$/, "");
  const file = path.resolve(process.argv[2] ?? `insieme-${stamp}.backup.gz`);
  const database = await openDatabase();
  try {
    const { tables, rows } = await writeBackup(database.url, file);
    console.log(`Backed up ${tables} tables, ${rows} rows, from ${database.location} to ${file}`);
  } finally {
    await database.release();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
