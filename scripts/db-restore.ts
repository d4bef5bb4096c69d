// npm run db:restore -- FILE: loads a backup of `npm run db:backup` into an EMPTY database
// (DATABASE_URL, or the embedded PostgreSQL of INSIEME_DATA_DIR): a database that has
// tables is refused, never overwritten. Then `npm start` serves it.
import path from "node:path";
import { restoreBackup } from "@/lib/db/backup/restore-backup";
import { openDatabase } from "@/lib/db/open-database";

async function main() {
  const file = process.argv[2];
  if (!file) {
    console.error("Usage: npm run db:restore -- FILE   (into an empty database)");
    process.exit(2);
  }
  const database = await openDatabase();
  try {
    const { tables, header } = await restoreBackup(database.url, path.resolve(file));
    console.log(`Restored ${tables} tables from the backup of ${header.createdAt} into ${database.location}.`);
  } finally {
    await database.release();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
