import { countEvent, peekCount, resetCount } from "@/lib/rate-limit/fixed-window";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("fixed-window counters in the database", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  const window = { limit: 5, windowSeconds: 60 };

  it("count concurrent events exactly (one atomic statement each)", async () => {
    await Promise.all(Array.from({ length: 20 }, () => countEvent(database.db, "concurrent", window)));
    expect(await peekCount(database.db, "concurrent", window)).toBe(20);
  });

  it("start again when the window has passed", async () => {
    await countEvent(database.db, "old", window);
    await database.db.rateLimitBucket.update({ where: { key: "old" }, data: { windowStart: new Date(Date.now() - 61_000) } });
    expect(await peekCount(database.db, "old", window)).toBe(0);
    expect(await countEvent(database.db, "old", window)).toBe(1);
  });

  it("reset a key", async () => {
    await countEvent(database.db, "reset-me", window);
    await resetCount(database.db, "reset-me");
    expect(await peekCount(database.db, "reset-me", window)).toBe(0);
  });
});
