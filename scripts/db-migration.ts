// npm run db:migration -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that brings the
// migration history up to schema.prisma. Needs no database and no native engine.
import path from "node:path";
import { MIGRATION_NAME, writeMigration } from "@/lib/db/write-migration";

async function main() {
  const name = process.argv[2];
  if (!name || !MIGRATION_NAME.test(name)) {
    console.error("Usage: npm run db:migration -- <name>   (lower-case letters, digits and _)");
    process.exit(2);
  }
  const directory = await writeMigration(name);
  console.log(
    directory
      ? `Wrote ${path.relative(process.cwd(), directory)}/migration.sql`
      : "schema.prisma and the migrations already agree: no migration written.",
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
