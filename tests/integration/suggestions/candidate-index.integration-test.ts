import { CandidateIndex } from "@/lib/suggestions/candidate-index";
import { listSuggestions } from "@/lib/suggestions/list-suggestions";
import { NONPROFIT_PROFILE, createProfiledOrganization, createProfiledPartner } from "../../support/matching-builders";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

const INTERVAL_MS = 5_000;

/** A clock the test moves by hand: the refresh interval passes without sleeping. */
function createClock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("the candidate index of each app server", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  it("shows a profile change, an approval and a suspension in another organisation's suggestions within one refresh interval, on two servers alike", async () => {
    const db = database.db;
    const company = await createProfiledPartner(db, "COMPANY");
    const nonprofit = await createProfiledOrganization(db, "NONPROFIT", { name: "Doposcuola Ticino" });
    const clock = createClock();
    // Two "servers": each its own index over the same PostgreSQL, started at different times.
    const serverA = new CandidateIndex({ refreshIntervalMs: INTERVAL_MS, now: clock.now });
    const serverB = new CandidateIndex({ refreshIntervalMs: INTERVAL_MS, now: clock.now });
    const suggest = async (index: CandidateIndex) => {
      const result = await listSuggestions(db, company, { locale: "it", index });
      if (result.state !== "ready") throw new Error(`expected suggestions, got ${result.state}`);
      return new Map(result.suggestions.map((s) => [s.id, s]));
    };

    const before = (await suggest(serverA)).get(nonprofit.id);
    expect(before?.reasons.some((r) => r.text.includes("competenze digitali"))).toBe(true);
    clock.advance(2_000);
    expect((await suggest(serverB)).get(nonprofit.id)?.score).toBe(before?.score);

    // The nonprofit now needs something else entirely and moves out of the company's causes.
    await db.organizationProfile.update({
      where: { organizationId: nonprofit.id },
      data: { data: { ...NONPROFIT_PROFILE, causes: ["h"], needs: ["transport"], description: "Trasporto di persone anziane." } },
    });
    const newcomer = await createProfiledOrganization(db, "NONPROFIT", { name: "Ludoteca nuova", status: "PENDING" });
    await db.organization.update({ where: { id: newcomer.id }, data: { status: "ACTIVE" } });

    // Within the interval server A still answers from memory (no query per request)…
    clock.advance(INTERVAL_MS - 2_001);
    expect((await suggest(serverA)).get(nonprofit.id)?.score).toBe(before?.score);
    // …and once it has passed, both servers show the change and the newly approved one.
    clock.advance(2_001);
    for (const server of [serverA, serverB]) {
      const now = await suggest(server);
      expect(now.get(nonprofit.id)?.reasons.some((r) => r.text.includes("competenze digitali"))).not.toBe(true);
      expect(now.get(nonprofit.id)?.score ?? 0).toBeLessThan(before?.score ?? 0);
      expect(now.has(newcomer.id)).toBe(true);
    }

    // Suspended, and a questionnaire taken back to draft: gone from both within the interval.
    await db.organization.update({ where: { id: newcomer.id }, data: { status: "SUSPENDED" } });
    await db.organizationProfile.update({ where: { organizationId: nonprofit.id }, data: { submittedAt: null } });
    clock.advance(INTERVAL_MS);
    for (const server of [serverA, serverB]) {
      const now = await suggest(server);
      expect(now.has(newcomer.id)).toBe(false);
      expect(now.has(nonprofit.id)).toBe(false);
    }
    expect(serverA.candidatesOf("NONPROFIT").size).toBe(serverB.candidatesOf("NONPROFIT").size);
  });

  it("drops a deleted organisation, which leaves no changed row to read", async () => {
    const db = database.db;
    const company = await createProfiledPartner(db, "COMPANY");
    const doomed = await createProfiledOrganization(db, "NONPROFIT");
    const clock = createClock();
    const index = new CandidateIndex({ refreshIntervalMs: INTERVAL_MS, now: clock.now });
    await listSuggestions(db, company, { locale: "it", index });
    expect(index.cardOf(doomed.id)).toBeDefined();

    await db.organizationProfile.delete({ where: { organizationId: doomed.id } });
    await db.organization.delete({ where: { id: doomed.id } });
    clock.advance(INTERVAL_MS);
    const result = await listSuggestions(db, company, { locale: "it", index });
    expect(result.state === "ready" && result.suggestions.some((s) => s.id === doomed.id)).toBe(false);
    expect(index.cardOf(doomed.id)).toBeUndefined();
    expect(index.candidatesOf("NONPROFIT").slotOfId(doomed.id)).toBeUndefined();
  });
});
