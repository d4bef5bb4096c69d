import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { applyMigrations, diffMigrationsToSchema, PROJECT_SCHEMA, type SchemaLocation } from "@/lib/db/schema-engine";
import { writeMigration } from "@/lib/db/write-migration";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// What a developer does after editing schema.prisma, on a copy of the project's schema
// and history: `npm run db:migration -- <name>` writes the migration, `npm run db:migrate`
// applies it (to PGlite, or to PostgreSQL when TEST_DATABASE_URL is set).
// Three schema-engine runs and a shadow database: slow on a busy 2-core machine.
jest.setTimeout(180_000);

describe("a schema change", () => {
  let database: TestDatabase;
  let workspace: string;
  let location: SchemaLocation;

  beforeAll(async () => {
    database = await createTestDatabase();
    workspace = await mkdtemp(path.join(tmpdir(), "insieme-schema-"));
    location = { schemaPath: path.join(workspace, "schema.prisma"), migrationsDir: path.join(workspace, "migrations") };
    await cp(PROJECT_SCHEMA.migrationsDir, location.migrationsDir, { recursive: true });
    const schema = await readFile(PROJECT_SCHEMA.schemaPath, "utf8");
    const changed = schema.replace("  comune                String\n", "  comune                String\n  schemaChangeProbe     String?\n");
    expect(changed).not.toBe(schema);
    await writeFile(location.schemaPath, changed);
  });
  afterAll(async () => {
    await database.cleanup();
    await rm(workspace, { recursive: true, force: true });
  });

  it("becomes a migration file, which applies, after which nothing is left to migrate", async () => {
    const directory = await writeMigration("add_probe", location, new Date("2030-01-02T03:04:05Z"));
    expect(path.basename(directory ?? "")).toBe("20300102030405_add_probe");
    const sql = await readFile(path.join(directory ?? "", "migration.sql"), "utf8");
    expect(sql).toMatch(/ALTER TABLE "Organization" ADD COLUMN\s+"schemaChangeProbe" TEXT/);

    await expect(applyMigrations(database.url, location)).resolves.toEqual(["20300102030405_add_probe"]);
    await expect(diffMigrationsToSchema(location)).resolves.toBe("");
    await expect(writeMigration("nothing_new", location)).resolves.toBeNull();
    await expect(applyMigrations(database.url, location)).resolves.toEqual([]);

    const columns = await database.db.$queryRaw<{ column_name: string }[]>`
      SELECT column_name FROM information_schema.columns WHERE table_name = 'Organization' AND column_name = 'schemaChangeProbe'`;
    expect(columns).toHaveLength(1);
  });
});
