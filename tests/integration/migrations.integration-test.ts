import { diffMigrationsToSchema } from "@/lib/db/schema-engine";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

describe("database migrations", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  it("create every table of schema.prisma", async () => {
    const rows = await database.db.$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`;
    expect(rows.map((row) => row.table_name)).toEqual(
      expect.arrayContaining(["AuditLog", "Membership", "Organization", "Partnership", "User", "_prisma_migrations"]),
    );
  });

  it("leave nothing between the migration history and schema.prisma (no drift)", async () => {
    // A schema change without `npm run db:migration -- <name>` makes this fail.
    await expect(diffMigrationsToSchema()).resolves.toBe("");
  });
});
