import { DEMO_PARTNERSHIP_TITLE, seedDemoData } from "@/prisma/seed/seed-demo-data";
import { listShowcasedPartnerships } from "@/lib/partnerships/list-showcased-partnerships";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

const NOW = new Date("2026-03-02T09:00:00.000Z");

describe("the demo programme and communication", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemoData(database.db, { now: NOW });
    // A fresh database plus the whole demo: more than the default minute on a busy machine.
  }, 180_000);
  afterAll(() => database.cleanup());

  it("gives every partnership from phase 4 on a programme and a contributions log, none before", async () => {
    const partnerships = await database.db.partnership.findMany({
      select: { title: true, phase: true, _count: { select: { activities: true, deliveredContributions: true, communicationItems: true } } },
    });
    for (const partnership of partnerships) {
      const from4 = ["MANAGEMENT", "COMMUNICATION", "MONITORING", "COMPLETED"].includes(partnership.phase);
      const from5 = ["COMMUNICATION", "MONITORING", "COMPLETED"].includes(partnership.phase);
      expect({ title: partnership.title, activities: partnership._count.activities > 0, log: partnership._count.deliveredContributions > 0, plan: partnership._count.communicationItems > 0 }).toEqual({
        title: partnership.title,
        activities: from4,
        log: from4,
        plan: from5,
      });
    }
    const journey = partnerships.find((partnership) => partnership.title === DEMO_PARTNERSHIP_TITLE);
    expect(journey?._count).toEqual({ activities: 0, deliveredContributions: 0, communicationItems: 0 });
  });

  it("logs nothing delivered in the future, and publishes plan items only with a link", async () => {
    expect(await database.db.deliveredContribution.count({ where: { deliveredOn: { gt: NOW } } })).toBe(0);
    expect(await database.db.communicationItem.count({ where: { status: "PUBLISHED", link: null } })).toBe(0);
    expect(await database.db.deliveredContribution.count({ where: { kind: "VOLUNTEER_HOURS", hours: null } })).toBe(0);
    expect(await database.db.deliveredContribution.count({ where: { kind: "MONEY", valueCents: null } })).toBe(0);
  });

  it("keeps the three approved stories on the showcase and adds one draft awaiting the nonprofit", async () => {
    expect((await listShowcasedPartnerships(database.db)).map((entry) => entry.title).sort()).toEqual([
      "Computer rigenerati per studiare",
      "Riso per le mense solidali",
      "Sportello SPID per gli anziani",
    ]);
    const drafts = await database.db.partnership.findMany({
      where: { publicStory: { not: null }, OR: [{ storyApprovedByCompanyAt: null }, { storyApprovedByNonprofitAt: null }] },
      select: { title: true, phase: true, storyApprovedByCompanyAt: true, storyApprovedByNonprofitAt: true },
    });
    expect(drafts).toEqual([{ title: "Fisarmoniche nelle scuole", phase: "COMMUNICATION", storyApprovedByCompanyAt: expect.any(Date), storyApprovedByNonprofitAt: null }]);
  });
});
