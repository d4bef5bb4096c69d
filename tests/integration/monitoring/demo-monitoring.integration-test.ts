import { loadPhaseFacts } from "@/lib/partnerships/load-phase-facts";
import { DEMO_PARTNERSHIP_TITLE, seedDemoData } from "@/prisma/seed/seed-demo-data";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

const NOW = new Date("2026-03-02T09:00:00.000Z");

describe("demo monitoring data", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemoData(database.db, { now: NOW });
  });
  afterAll(() => database.cleanup());

  const partnerships = () =>
    database.db.partnership.findMany({
      select: {
        id: true,
        title: true,
        phase: true,
        indicators: { select: { target: true, measurements: { select: { measuredOn: true } } } },
        checkIns: { select: { answeredAt: true, phase: true } },
        finalEvaluations: { select: { side: true } },
      },
    });

  it("gives every partnership in monitoring or completed a measured indicator with a target, so the gate tells the truth", async () => {
    const late = (await partnerships()).filter((p) => p.phase === "MONITORING" || p.phase === "COMPLETED");
    expect(late.length).toBeGreaterThan(5);
    for (const partnership of late) {
      const withTarget = partnership.indicators.filter((indicator) => indicator.target !== null);
      expect(withTarget.length).toBeGreaterThanOrEqual(1);
      expect(withTarget[0]!.measurements.length).toBeGreaterThanOrEqual(3);
      for (const measurement of withTarget[0]!.measurements) expect(measurement.measuredOn.getTime()).toBeLessThanOrEqual(NOW.getTime());
      expect((await loadPhaseFacts(database.db, partnership.id)).indicatorsWithTarget).toBeGreaterThanOrEqual(1);
    }
  });

  it("has both final evaluations for every completed partnership, and one side's only on one in monitoring", async () => {
    const all = await partnerships();
    for (const partnership of all.filter((p) => p.phase === "COMPLETED")) {
      expect(partnership.finalEvaluations.map((e) => e.side).sort()).toEqual(["COMPANY", "NONPROFIT"]);
    }
    const monitoring = all.filter((p) => p.phase === "MONITORING");
    expect(monitoring.filter((p) => p.finalEvaluations.length === 1)).toHaveLength(1);
    expect(monitoring.filter((p) => p.finalEvaluations.length === 2)).toHaveLength(0);
    expect(monitoring.find((p) => p.title === "Finestre nuove, bollette leggere")?.finalEvaluations).toEqual([]);
  });

  it("proposes indicators in negotiation to management, answers past check-ins and leaves a few open for the reminders", async () => {
    const all = await partnerships();
    expect(all.filter((p) => ["NEGOTIATION", "AGREEMENT", "MANAGEMENT"].includes(p.phase) && p.indicators.length > 0).length).toBeGreaterThanOrEqual(2);
    const checkIns = all.flatMap((p) => p.checkIns);
    expect(checkIns.filter((c) => c.answeredAt !== null).length).toBeGreaterThan(50);
    const open = all.filter((p) => p.checkIns.some((c) => c.answeredAt === null));
    expect(open.length).toBeGreaterThanOrEqual(2);
    for (const partnership of open) expect(["COMPLETED", "DISCONTINUED"]).not.toContain(partnership.phase);
  });

  it("leaves the journey partnership without monitoring data", async () => {
    const journey = (await partnerships()).find((p) => p.title === DEMO_PARTNERSHIP_TITLE);
    expect(journey).toMatchObject({ indicators: [], checkIns: [], finalEvaluations: [] });
  });
});
