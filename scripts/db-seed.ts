// npm run db:seed: loads the demo data into DATABASE_URL or the embedded database, once
// (an existing database with users is left as it is).
import { createDatabaseClient } from "@/lib/db/client";
import { acquireDatabase } from "@/lib/db/embedded-owner";
import { applyMigrations } from "@/lib/db/schema-engine";
import { seedDemoData } from "@/prisma/seed/seed-demo-data";

async function main() {
  const database = await acquireDatabase();
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
