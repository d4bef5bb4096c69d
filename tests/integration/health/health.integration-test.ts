import { readdirSync } from "node:fs";
import path from "node:path";
import { GET } from "@/app/api/health/route";
import { createDatabaseClient } from "@/lib/db/client";
import { startScratchDatabase } from "@/lib/db/pglite-scratch";
import { checkHealth } from "@/lib/health/check-health";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("GET /api/health", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  it("answers 200 with the database and every migration in place, never cached", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok", database: "ok", migrations: { pending: 0, failed: 0 }, version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it("answers 503 naming the reason when a migration of this build is not applied", async () => {
    const [last] = await database.db.$queryRaw<{ id: string; migration_name: string }[]>`
      SELECT "id", "migration_name" FROM "_prisma_migrations" ORDER BY "migration_name" DESC LIMIT 1`;
    await database.db.$executeRaw`UPDATE "_prisma_migrations" SET "migration_name" = 'hidden' WHERE "id" = ${last!.id}`;
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      const body = await response.json();
      expect(body).toMatchObject({ status: "error", database: "ok", migrations: { pending: 1, failed: 0 }, reason: expect.stringContaining("npm run db:migrate") });
    } finally {
      await database.db.$executeRaw`UPDATE "_prisma_migrations" SET "migration_name" = ${last!.migration_name} WHERE "id" = ${last!.id}`;
    }
    expect((await GET()).status).toBe(200);
  });

  it("reports an un-migrated database and an unreachable one as unhealthy", async () => {
    const empty = await startScratchDatabase();
    const client = createDatabaseClient(empty.url);
    try {
      const report = await checkHealth(client, { version: "test" });
      expect(report).toMatchObject({ status: "error", database: "ok", reason: expect.stringContaining("no migrations table") });
      expect(report.migrations?.pending).toBe(readdirSync(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true }).filter((entry) => entry.isDirectory()).length);
    } finally {
      await client.$disconnect();
      await empty.stop();
    }
    const gone = createDatabaseClient(empty.url);
    try {
      expect(await checkHealth(gone, { version: "test" })).toMatchObject({ status: "error", database: "unreachable", migrations: null });
    } finally {
      await gone.$disconnect();
    }
  });
});
