// npm run db:migrate: applies pending migrations to DATABASE_URL or the embedded database.
import { openDatabase } from "@/lib/db/open-database";
import { applyMigrations } from "@/lib/db/schema-engine";

async function main() {
  const database = await openDatabase();
  try {
    const applied = await applyMigrations(database.url);
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
  } finally {
    await database.release();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
