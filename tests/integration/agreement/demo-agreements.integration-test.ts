import { isAgreementSignedByBoth } from "@/lib/partnerships/agreement/is-agreement-signed-by-both";
import { DEMO_PARTNERSHIP_TITLE, seedDemoData } from "@/prisma/seed/seed-demo-data";
import { AGREEMENT_E2E_PARTNERSHIP_TITLE } from "@/prisma/seed/work/demo-agreements";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("demo agreements", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemoData(database.db, { now: new Date("2026-03-02T09:00:00.000Z") });
  });
  afterAll(() => database.cleanup());

  it("has a signed agreement for every partnership in phase 4 or later, so the board's gate tells the truth", async () => {
    const later = await database.db.partnership.findMany({ where: { phase: { in: ["MANAGEMENT", "COMMUNICATION", "MONITORING", "COMPLETED"] } }, select: { id: true } });
    expect(later.length).toBeGreaterThan(0);
    for (const partnership of later) expect(await isAgreementSignedByBoth(database.db, partnership.id)).toBe(true);
    const acceptances = await database.db.agreementAcceptance.findMany({ select: { ipAddress: true, signerName: true, acceptedAt: true } });
    expect(acceptances.every((acceptance) => acceptance.ipAddress.startsWith("192.0.2.") && acceptance.signerName.length > 3)).toBe(true);
  });

  it("in phase 3, one agreement has one acceptance and the others none; the e2e and journey partnerships have none at all", async () => {
    const inAgreement = await database.db.partnership.findMany({
      where: { phase: "AGREEMENT" },
      select: { title: true, agreement: { select: { _count: { select: { acceptances: true } } } } },
    });
    const e2e = inAgreement.find((partnership) => partnership.title === AGREEMENT_E2E_PARTNERSHIP_TITLE);
    expect(e2e?.agreement).toBeNull();
    const counts = inAgreement.filter((partnership) => partnership !== e2e).map((partnership) => partnership.agreement?._count.acceptances);
    expect(counts.filter((count) => count === 1)).toHaveLength(1);
    expect(counts.every((count) => count === 0 || count === 1)).toBe(true);
    const journey = await database.db.partnership.findFirstOrThrow({ where: { title: DEMO_PARTNERSHIP_TITLE }, select: { agreement: { select: { id: true } } } });
    expect(journey.agreement).toBeNull();
  });
});
