import { isSearchLimited, SEARCH_WINDOW } from "@/lib/registries/search-rate-limit";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("registry search rate limit", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  it("lets an address search up to the limit per minute, then refuses it, per registry", async () => {
    for (let i = 0; i < SEARCH_WINDOW.limit; i++) expect(await isSearchLimited(database.db, "ateco", "203.0.113.7")).toBe(false);
    expect(await isSearchLimited(database.db, "ateco", "203.0.113.7")).toBe(true);
    expect(await isSearchLimited(database.db, "comuni", "203.0.113.7")).toBe(false);
    expect(await isSearchLimited(database.db, "ateco", "203.0.113.8")).toBe(false);
  });
});
