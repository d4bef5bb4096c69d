// npm run db:seed: loads the demo data into the demo's database, once (an existing
// database with users is left as it is). Refused on a real installation (DATABASE_URL or
// INSIEME_DEMO=0 without INSIEME_DEMO=1): it would publish the README's passwords there.
import { createDatabaseClient } from "@/lib/db/client";
import { isDemoMode } from "@/lib/demo/demo-mode";
import { openDatabase } from "@/lib/db/open-database";
import { applyMigrations } from "@/lib/db/schema-engine";
import { seedDemoData } from "@/prisma/seed/seed-demo-data";

async function main() {
  if (!isDemoMode()) {
    console.error("Refused: this is a real installation (DATABASE_URL or INSIEME_DEMO=0). Demo data goes only into the demo; set INSIEME_DEMO=1 for a demo database.");
    process.exit(2);
  }
  const database = await openDatabase();
  try {
    await applyMigrations(database.url);
    const client = createDatabaseClient(database.url);
    try {
      const { created } = await seedDemoData(client);
      console.log(created ? "Demo data loaded." : "The database already has users: demo data not loaded.");
    } finally {
      await client.$disconnect();
    }
  } finally {
    await database.release();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
