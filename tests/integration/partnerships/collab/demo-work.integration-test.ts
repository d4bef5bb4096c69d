import { isOverdue } from "@/lib/partnerships/checklist/checklist-dates";
import { ensurePhaseChecklist } from "@/lib/partnerships/checklist/ensure-phase-checklist";
import { CHECKLIST_TEMPLATES } from "@/lib/partnerships/checklist-templates";
import { DEMO_PARTNERSHIP_TITLE, seedDemoData } from "@/prisma/seed/seed-demo-data";
import { phaseNumber } from "@/prisma/seed/work/seed-context";
import { createTestDatabase, type TestDatabase } from "../../../support/test-database";

const NOW = new Date("2026-03-02T09:00:00.000Z");

describe("demo checklists, negotiations and messages", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemoData(database.db, { now: NOW });
  }, 120_000);
  afterAll(() => database.cleanup());

  const partnerships = () => database.db.partnership.findMany({ select: { id: true, title: true, phase: true, companyExpectations: true, roles: true } });

  it("gives the journey partnership only its phase-1 template, untouched, and nothing else of these areas", async () => {
    const journey = (await partnerships()).find((row) => row.title === DEMO_PARTNERSHIP_TITLE)!;
    const items = await database.db.checklistItem.findMany({ where: { partnershipId: journey.id }, orderBy: { position: "asc" } });
    expect(items.map((item) => [item.phase, item.templateKey])).toEqual(CHECKLIST_TEMPLATES.PLANNING.map((item) => ["PLANNING", item.key]));
    expect(items.every((item) => item.doneAt === null && item.assigneeId === null && item.dueDate === null)).toBe(true);
    expect(await database.db.plannedContribution.count({ where: { partnershipId: journey.id } })).toBe(0);
    expect(await database.db.partnershipMessage.count({ where: { partnershipId: journey.id } })).toBe(0);
    expect(await database.db.staffNote.count({ where: { partnershipId: journey.id } })).toBe(0);
    expect(journey).toMatchObject({ companyExpectations: null, roles: null });
  });

  it("fills every open partnership's checklist up to its phase, so the page adds nothing on first view", async () => {
    for (const partnership of (await partnerships()).filter((row) => phaseNumber(row.phase) >= 1 && phaseNumber(row.phase) <= 6)) {
      const added = await database.db.$transaction((tx) => ensurePhaseChecklist(tx, partnership.id, partnership.phase));
      expect(added).toBe(0);
      const phases = new Set((await database.db.checklistItem.findMany({ where: { partnershipId: partnership.id }, select: { phase: true } })).map((row) => row.phase));
      expect(phases.size).toBe(phaseNumber(partnership.phase));
    }
  });

  it("has overdue items on some partnerships of phases 2–5, none elsewhere", async () => {
    const items = await database.db.checklistItem.findMany({ select: { dueDate: true, doneAt: true, partnership: { select: { phase: true } } } });
    const overdue = items.filter((item) => isOverdue(item, NOW));
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    expect(overdue.every((item) => [2, 3, 4, 5].includes(phaseNumber(item.partnership.phase)))).toBe(true);
    expect(items.filter((item) => item.doneAt !== null).length).toBeGreaterThan(items.length / 3);
  });

  it("gives partnerships past planning contributions on both sides, expectations and roles", async () => {
    const past = (await partnerships()).filter((row) => phaseNumber(row.phase) >= 2 && row.title !== DEMO_PARTNERSHIP_TITLE);
    expect(past.length).toBeGreaterThan(10);
    for (const partnership of past) {
      const sides = new Set((await database.db.plannedContribution.findMany({ where: { partnershipId: partnership.id }, select: { side: true } })).map((row) => row.side));
      expect([...sides].sort()).toEqual(["COMPANY", "NONPROFIT"]);
      expect(partnership.companyExpectations).not.toBeNull();
      expect(partnership.roles).not.toBeNull();
    }
  });

  it("has a few conversations and staff notes", async () => {
    expect(await database.db.partnershipMessage.count()).toBeGreaterThan(10);
    expect(await database.db.staffNote.count()).toBeGreaterThan(2);
  });
});
