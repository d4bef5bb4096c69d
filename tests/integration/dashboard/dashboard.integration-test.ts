import { dashboardCsv, dashboardCsvFileName } from "@/lib/dashboard/dashboard-csv";
import { getDashboard, type Dashboard } from "@/lib/dashboard/get-dashboard";
import { ForbiddenError } from "@/lib/errors";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { createOrganization, createPartnerUser, createUser } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

const NOW = new Date("2026-11-25T10:00:00.000Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

describe("the staff dashboard on a hand-built programme", () => {
  let database: TestDatabase;
  let staff: { id: string; role: "STAFF" };
  let dashboard: Dashboard;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    const staffUser = await createUser(db, { role: "STAFF" });
    staff = { id: staffUser.id, role: "STAFF" };

    const profile = (organizationId: string, causes: string[], submittedAt: Date | null = daysAgo(50)) =>
      db.organizationProfile.create({ data: { organizationId, data: { causes, description: "" }, step: 5, submittedAt } });
    const companyX = await createOrganization(db, "COMPANY", "Impresa X");
    const companyY = await createOrganization(db, "COMPANY", "Impresa Y");
    const nonprofitA = await createOrganization(db, "NONPROFIT", "Ente A");
    const nonprofitB = await createOrganization(db, "NONPROFIT", "Ente B");
    const nonprofitC = await createOrganization(db, "NONPROFIT", "Ente C"); // no questionnaire: no causes
    const nonprofitD = await createOrganization(db, "NONPROFIT", "Ente D");
    await profile(nonprofitA.id, ["a", "e", "not-a-code"]);
    await profile(nonprofitB.id, ["e"]);
    await profile(companyX.id, ["z"]); // a company's causes are not the causes served

    const partnership = (key: string, phase: PartnershipPhase, companyId: string, nonprofitId: string, startedDaysAgo: number, enteredDaysAgo: number) =>
      db.partnership
        .create({
          data: { title: key, commonGoal: "Un obiettivo", phase, companyId, nonprofitId, startedAt: daysAgo(startedDaysAgo), phaseEnteredAt: daysAgo(enteredDaysAgo) },
          select: { id: true },
        })
        .then((row) => (ids[key] = row.id));
    await partnership("P1", "PLANNING", companyX.id, nonprofitA.id, 4, 4);
    await partnership("P2", "NEGOTIATION", companyX.id, nonprofitB.id, 30, 20);
    await partnership("P3", "COMPLETED", companyY.id, nonprofitA.id, 200, 10);
    await partnership("P4", "DISCONTINUED", companyY.id, nonprofitB.id, 100, 50);
    await partnership("P5", "MONITORING", companyY.id, nonprofitC.id, 90, 6);
    const move = (key: string, from: PartnershipPhase, to: PartnershipPhase, days: number) =>
      db.auditLog.create({
        data: { actorId: staff.id, action: "partnership.move", targetType: "Partnership", targetId: ids[key] ?? "", before: { phase: from }, after: { phase: to }, createdAt: daysAgo(days) },
      });
    await move("P2", "PLANNING", "NEGOTIATION", 20);
    await move("P2", "NEGOTIATION", "NEGOTIATION", 15); // a move inside the column changes nothing

    const delivered = (key: string, kind: "MONEY" | "VOLUNTEER_HOURS" | "GOODS", extra: { valueCents?: number; hours?: string }) =>
      db.deliveredContribution.create({ data: { partnershipId: ids[key] ?? "", side: "COMPANY", kind, description: "x", deliveredOn: daysAgo(3), ...extra } });
    await delivered("P2", "MONEY", { valueCents: 150_000 });
    await delivered("P2", "VOLUNTEER_HOURS", { hours: "12.5" });
    await delivered("P5", "VOLUNTEER_HOURS", { hours: "3.25" });
    await delivered("P5", "GOODS", { valueCents: 20_000 });
    await delivered("P5", "GOODS", {});
    await db.plannedContribution.create({ data: { partnershipId: ids.P2 ?? "", side: "COMPANY", kind: "MONEY", description: "x", valueCents: 200_000 } });
    await db.plannedContribution.create({ data: { partnershipId: ids.P2 ?? "", side: "NONPROFIT", kind: "SKILLS", description: "x" } });

    const indicator = async (direction: "INCREASE" | "DECREASE", target: string | null, values: [string, number][]) => {
      const { id } = await db.indicator.create({ data: { partnershipId: ids.P5 ?? "", name: "i", unit: "u", baseline: "0", target, direction } });
      for (const [value, days] of values) await db.measurement.create({ data: { indicatorId: id, value, measuredOn: daysAgo(days) } });
    };
    await indicator("INCREASE", "100", [["120", 2], ["80", 10]]); // latest 120 ≥ 100: reached
    await indicator("DECREASE", "50", [["40", 10], ["60", 2]]); // latest 60 > 50: not reached, though an older one was
    await indicator("DECREASE", "50", [["50", 1]]); // exactly on target: reached
    await indicator("INCREASE", null, [["999", 1]]); // no target
    await indicator("INCREASE", "10", []); // never measured

    const pendingOld = await db.organization.create({ data: { kind: "NONPROFIT", name: "=Cooperativa; \"Test\"", comune: "Pavia", status: "PENDING" }, select: { id: true } });
    await profile(pendingOld.id, [], daysAgo(9));
    const changes = await db.organization.create({ data: { kind: "COMPANY", name: "Ditta Modifiche", comune: "Vigevano", status: "CHANGES_REQUESTED", reviewedAt: daysAgo(5) }, select: { id: true } });
    const draft = await db.organization.create({ data: { kind: "COMPANY", name: "Ditta Bozza", comune: "Voghera", status: "PENDING" }, select: { id: true } });
    Object.assign(ids, { pendingOld: pendingOld.id, changes: changes.id, draft: draft.id });

    const waiting = await db.interest.create({
      data: { fromOrganizationId: companyX.id, toOrganizationId: nonprofitD.id, message: "m", fromAcceptedAt: daysAgo(2), expiresAt: daysAgo(-12), createdAt: daysAgo(2) },
      select: { id: true },
    });
    const introduction = await db.interest.create({
      data: { fromOrganizationId: companyY.id, toOrganizationId: nonprofitC.id, message: "m", introducedById: staff.id, expiresAt: daysAgo(-10), createdAt: daysAgo(4) },
      select: { id: true },
    });
    await db.interest.create({
      data: { fromOrganizationId: companyY.id, toOrganizationId: nonprofitD.id, message: "m", status: "ACCEPTED", fromAcceptedAt: daysAgo(5), toAcceptedAt: daysAgo(4), expiresAt: daysAgo(-9) },
    });
    Object.assign(ids, { waiting: waiting.id, introduction: introduction.id, companyX: companyX.id, companyY: companyY.id, nonprofitC: nonprofitC.id, nonprofitD: nonprofitD.id });

    dashboard = await getDashboard(db, staff, NOW);
  });
  afterAll(() => database.cleanup());

  it("counts partnerships in every phase, closed ones included", () => {
    expect(dashboard.phases).toEqual([
      { phase: "PLANNING", count: 1 },
      { phase: "NEGOTIATION", count: 1 },
      { phase: "AGREEMENT", count: 0 },
      { phase: "MANAGEMENT", count: 0 },
      { phase: "COMMUNICATION", count: 0 },
      { phase: "MONITORING", count: 1 },
      { phase: "COMPLETED", count: 1 },
      { phase: "DISCONTINUED", count: 1 },
    ]);
    expect(dashboard.totalPartnerships).toBe(5);
  });

  it("averages the days in each phase from the board moves and the current stints", () => {
    expect(dashboard.averageDays).toEqual([
      { phase: "PLANNING", averageDays: 7, partnerships: 2 }, // P1 4 days so far, P2 10 days before its move
      { phase: "NEGOTIATION", averageDays: 20, partnerships: 1 },
      { phase: "AGREEMENT", averageDays: null, partnerships: 0 },
      { phase: "MANAGEMENT", averageDays: null, partnerships: 0 },
      { phase: "COMMUNICATION", averageDays: null, partnerships: 0 },
      { phase: "MONITORING", averageDays: 6, partnerships: 1 },
    ]);
  });

  it("counts the causes of the nonprofits in open and completed partnerships, not discontinued ones", () => {
    expect(dashboard.causes).toEqual([
      { code: "e", partnerships: 3 },
      { code: "a", partnerships: 2 },
    ]);
    expect(dashboard.partnershipsWithoutCause).toBe(1);
  });

  it("adds up the contributions delivered and planned", () => {
    expect(dashboard.contributions.delivered).toEqual({
      count: 5,
      moneyCents: 150_000,
      valueCents: 170_000,
      hours: 15.75,
      goods: 2,
      byKind: { MONEY: 1, VOLUNTEER_HOURS: 2, SKILLS: 0, GOODS: 2, SPACES: 0, SERVICES: 0, OTHER: 0 },
    });
    expect(dashboard.contributions.planned).toEqual({
      count: 2,
      moneyCents: 200_000,
      valueCents: 200_000,
      hours: 0,
      goods: 0,
      byKind: { MONEY: 1, VOLUNTEER_HOURS: 0, SKILLS: 1, GOODS: 0, SPACES: 0, SERVICES: 0, OTHER: 0 },
    });
  });

  it("counts indicators, those with a target and those whose latest measurement reached it in its direction", () => {
    expect(dashboard.indicators).toEqual({ total: 5, withTarget: 4, reached: 2 });
  });

  it("lists the organisations waiting for approval, the longest waiting first, never-submitted last", () => {
    expect(dashboard.approvals.map((row) => [row.id, row.status, row.since?.toISOString() ?? null])).toEqual([
      [ids.pendingOld, "PENDING", daysAgo(9).toISOString()],
      [ids.changes, "CHANGES_REQUESTED", daysAgo(5).toISOString()],
      [ids.draft, "PENDING", null],
    ]);
  });

  it("lists the interests waiting for an answer: who waits for whom, since when", () => {
    expect(dashboard.interests).toEqual([
      {
        id: ids.introduction,
        from: { id: ids.companyY, name: "Impresa Y" },
        to: { id: ids.nonprofitC, name: "Ente C" },
        introduced: true,
        awaiting: [{ id: ids.companyY, name: "Impresa Y" }, { id: ids.nonprofitC, name: "Ente C" }],
        since: daysAgo(4),
        expiresAt: daysAgo(-10),
      },
      {
        id: ids.waiting,
        from: { id: ids.companyX, name: "Impresa X" },
        to: { id: ids.nonprofitD, name: "Ente D" },
        introduced: false,
        awaiting: [{ id: ids.nonprofitD, name: "Ente D" }],
        since: daysAgo(2),
        expiresAt: daysAgo(-12),
      },
    ]);
  });

  it("is for CSV staff only", async () => {
    const partner = await createPartnerUser(database.db, "COMPANY");
    await expect(getDashboard(database.db, { id: partner.user.id, role: "PARTNER" }, NOW)).rejects.toThrow(ForbiddenError);
    const admin = await createUser(database.db, { role: "ADMIN" });
    await expect(getDashboard(database.db, { id: admin.id, role: "ADMIN" }, NOW)).resolves.toMatchObject({ totalPartnerships: 5 });
  });

  describe("the CSV export", () => {
    it("has a byte order mark, the header row and one figure per row, in Italian", () => {
      const csv = dashboardCsv(dashboard, "it");
      expect(csv.startsWith("\uFEFFsection;metric;label;value\r\n")).toBe(true);
      const rows = csv.slice(1).trimEnd().split("\r\n");
      expect(rows).toEqual(
        expect.arrayContaining([
          "phases;partnerships;Pianificazione e preparazione;1",
          "phases;partnerships;Accordo formale;0",
          "phases;partnerships;Interrotta;1",
          "phases;partnerships;Totale;5",
          "averageDaysInPhase;averageDays;Pianificazione e preparazione;7",
          "averageDaysInPhase;averageDays;Accordo formale;",
          "causes;partnerships;e) Salvaguardia e miglioramento dell'ambiente;3",
          "plannedContributions;moneyEur;Denaro;2000",
          "deliveredContributions;moneyEur;Denaro;1500",
          "deliveredContributions;valueEur;Valore economico complessivo;1700",
          "deliveredContributions;volunteerHours;Ore di volontariato;15,75",
          "deliveredContributions;goods;Contributi in beni;2",
          "indicators;reached;Obiettivo raggiunto;2",
          "waitingForApproval;CHANGES_REQUESTED;Ditta Modifiche (Impresa);2026-11-20",
          "waitingForAnswer;since;Impresa X aspetta Ente D;2026-11-23",
          "waitingForAnswer;since;Staff del CSV aspetta Impresa Y, Ente C;2026-11-21",
        ]),
      );
      // A name typed by a partner can neither break the columns nor run as a formula.
      expect(rows).toContain(`waitingForApproval;PENDING;"'=Cooperativa; ""Test"" (Ente del Terzo settore)";2026-11-16`);
      expect(rows.every((row) => row.split(";").length >= 4)).toBe(true);
    });

    it("speaks English with English decimals for an English reader", () => {
      const csv = dashboardCsv(dashboard, "en");
      expect(csv).toContain("\r\nphases;partnerships;Planning and preparation;1\r\n");
      expect(csv).toContain("\r\ndeliveredContributions;volunteerHours;Volunteer hours;15.75\r\n");
    });

    it("is named after the day in Italy", () => {
      expect(dashboardCsvFileName(new Date("2026-11-25T23:30:00Z"))).toBe("insieme-cruscotto-2026-11-26.csv");
    });
  });
});
