import { renderNotification } from "@/lib/notifications/render-notification";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { answerCheckIn } from "@/lib/partnerships/monitoring/answer-check-in";
import { dismissCheckIn } from "@/lib/partnerships/monitoring/dismiss-check-in";
import { processPartnershipReminders } from "@/lib/jobs/process-partnership-reminders";
import { getMonitoring } from "@/lib/partnerships/monitoring/get-monitoring";
import { listPendingCheckIns } from "@/lib/partnerships/monitoring/list-pending-check-ins";
import { movePartnership } from "@/lib/partnerships/move-partnership";
import { announcePhaseChanges } from "@/lib/jobs/announce-phase-changes";
import { createOutsider, createPartnershipWithMembers, createStaffViewer } from "../../support/monitoring-builders";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("check-ins at every phase change", () => {
  let database: TestDatabase;
  let staff: Awaited<ReturnType<typeof createStaffViewer>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    staff = await createStaffViewer(database.db);
  });
  afterAll(() => database.cleanup());

  const actor = () => ({ id: staff.userId, role: staff.role });
  const checkIns = (partnershipId: string) =>
    database.db.checkIn.findMany({ where: { partnershipId }, orderBy: { side: "asc" }, select: { phase: true, side: true, answeredAt: true } });

  it("asks exactly one check-in per side about the phase entered, and tells both organisations after the grace period", async () => {
    const { partnership, company, nonprofit } = await createPartnershipWithMembers(database.db, "PLANNING");
    await movePartnership(database.db, actor(), { partnershipId: partnership.id, fromPhase: "PLANNING", toPhase: "NEGOTIATION", expectedVersion: 0 });

    expect(await checkIns(partnership.id)).toEqual([
      { phase: "NEGOTIATION", side: "COMPANY", answeredAt: null },
      { phase: "NEGOTIATION", side: "NONPROFIT", answeredAt: null },
    ]);
    await announcePhaseChanges(database.db, new Date(Date.now() + 61_000));
    const notices = await database.db.notification.findMany({
      where: { kind: "partnership.phaseChanged", userId: { in: [company.user.id, nonprofit.user.id] } },
      select: { userId: true, params: true, link: true },
    });
    expect(notices).toHaveLength(2);
    // The phase is stored as its code and named in each reader's language.
    expect(notices[0]?.params).toEqual({ partnershipTitle: partnership.title, phase: "NEGOTIATION" });
    expect(renderNotification("partnership.phaseChanged", notices[0]?.params, "it").title).toBe(`«${partnership.title}» è passata a: Negoziazione`);
    expect(renderNotification("partnership.phaseChanged", notices[0]?.params, "en").title).toBe(`“${partnership.title}” moved to: Negotiation`);
    expect(notices[0]?.link).toBe(`/workspace/partnerships/${partnership.id}`);
  });

  it("asks nothing when a card only moves inside its column, or when the partnership is discontinued", async () => {
    const { partnership } = await createPartnershipWithMembers(database.db, "MANAGEMENT");
    await movePartnership(database.db, actor(), { partnershipId: partnership.id, fromPhase: "MANAGEMENT", toPhase: "MANAGEMENT", expectedVersion: 0 });
    await movePartnership(database.db, actor(), {
      partnershipId: partnership.id,
      fromPhase: "MANAGEMENT",
      toPhase: "DISCONTINUED",
      expectedVersion: 1,
      reason: "L'impresa ha chiuso la sede.",
    });
    expect(await checkIns(partnership.id)).toEqual([]);
  });

  it("lets a partner answer its own side's check-in once, and staff read both sides' answers", async () => {
    const { partnership, companyViewer, nonprofitViewer } = await createPartnershipWithMembers(database.db, "PLANNING");
    await movePartnership(database.db, actor(), { partnershipId: partnership.id, fromPhase: "PLANNING", toPhase: "NEGOTIATION", expectedVersion: 0 });
    const [pending] = await listPendingCheckIns(database.db, companyViewer, partnership.id);
    expect(pending?.phase).toBe("NEGOTIATION");

    await answerCheckIn(database.db, companyViewer, { partnershipId: partnership.id, checkInId: pending!.id, rating: "4", comment: "Buon inizio" });
    expect(await listPendingCheckIns(database.db, companyViewer, partnership.id)).toEqual([]);
    expect(await listPendingCheckIns(database.db, nonprofitViewer, partnership.id)).toHaveLength(1);
    await expect(answerCheckIn(database.db, companyViewer, { partnershipId: partnership.id, checkInId: pending!.id, rating: 1 })).rejects.toMatchObject({
      message: "alreadyAnswered",
    });

    const view = await getMonitoring(database.db, staff, partnership.id);
    expect(view.checkIns?.map((checkIn) => [checkIn.side, checkIn.rating, checkIn.comment])).toEqual([
      ["COMPANY", 4, "Buon inizio"],
      ["NONPROFIT", null, null],
    ]);
    // Partners do not get the staff's overview of answers.
    expect((await getMonitoring(database.db, companyViewer, partnership.id)).checkIns).toBeNull();
  });

  it("refuses the other side's check-in (as if it did not exist), staff answers and outsiders", async () => {
    const { partnership, companyViewer, nonprofitViewer } = await createPartnershipWithMembers(database.db, "PLANNING");
    await movePartnership(database.db, actor(), { partnershipId: partnership.id, fromPhase: "PLANNING", toPhase: "NEGOTIATION", expectedVersion: 0 });
    const [nonprofitCheckIn] = await listPendingCheckIns(database.db, nonprofitViewer, partnership.id);
    const input = { partnershipId: partnership.id, checkInId: nonprofitCheckIn!.id, rating: 5 };
    await expect(answerCheckIn(database.db, companyViewer, input)).rejects.toBeInstanceOf(NotFoundError);
    await expect(answerCheckIn(database.db, staff, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(answerCheckIn(database.db, await createOutsider(database.db), input)).rejects.toBeInstanceOf(NotFoundError);
    await expect(answerCheckIn(database.db, nonprofitViewer, { ...input, rating: 6 })).rejects.toThrow();
    expect((await checkIns(partnership.id)).every((checkIn) => checkIn.answeredAt === null)).toBe(true);
  });

  it("keeps at most one open check-in per side: a new phase supersedes the unanswered one, which can no longer be answered", async () => {
    const { partnership, companyViewer, nonprofitViewer } = await createPartnershipWithMembers(database.db, "PLANNING");
    await movePartnership(database.db, actor(), { partnershipId: partnership.id, fromPhase: "PLANNING", toPhase: "NEGOTIATION", expectedVersion: 0 });
    const [old] = await listPendingCheckIns(database.db, companyViewer, partnership.id);
    await movePartnership(database.db, actor(), { partnershipId: partnership.id, fromPhase: "NEGOTIATION", toPhase: "AGREEMENT", expectedVersion: 1 });
    await movePartnership(database.db, actor(), { partnershipId: partnership.id, fromPhase: "AGREEMENT", toPhase: "MANAGEMENT", expectedVersion: 2, reason: "Accordo firmato su carta, lo carichiamo poi." });

    for (const viewer of [companyViewer, nonprofitViewer]) {
      expect((await listPendingCheckIns(database.db, viewer, partnership.id)).map((checkIn) => checkIn.phase)).toEqual(["MANAGEMENT"]);
    }
    await expect(answerCheckIn(database.db, companyViewer, { partnershipId: partnership.id, checkInId: old!.id, rating: 3 })).rejects.toMatchObject({ message: "noLongerAsked" });
    // Staff see the silences told apart: superseded ones, and the one still open.
    const view = await getMonitoring(database.db, staff, partnership.id);
    const company = view.checkIns!.filter((checkIn) => checkIn.side === "COMPANY");
    expect(company.map((checkIn) => [checkIn.phase, checkIn.supersededAt !== null])).toEqual([
      ["MANAGEMENT", false],
      ["AGREEMENT", true],
      ["NEGOTIATION", true],
    ]);
    // Superseded check-ins are never reminded; the open one is, once, after 7 days.
    const reminders = await processPartnershipReminders(database.db, new Date(Date.now() + 8 * 86_400_000));
    expect(await database.db.checkIn.count({ where: { partnershipId: partnership.id, remindedAt: { not: null } } })).toBe(2);
    expect(reminders.checkInUnanswered).toBeGreaterThanOrEqual(2);
  });

  it("asks nothing on completion and leaves no open check-in on a completed partnership", async () => {
    const { partnership, companyViewer } = await createPartnershipWithMembers(database.db, "MONITORING");
    await movePartnership(database.db, actor(), { partnershipId: partnership.id, fromPhase: "MONITORING", toPhase: "MONITORING", expectedVersion: 0 });
    await database.db.checkIn.create({ data: { partnershipId: partnership.id, phase: "MONITORING", side: "COMPANY" } });
    await movePartnership(database.db, actor(), { partnershipId: partnership.id, fromPhase: "MONITORING", toPhase: "COMPLETED", expectedVersion: 1, reason: "Valutazioni consegnate su carta." });
    expect(await listPendingCheckIns(database.db, companyViewer, partnership.id)).toEqual([]);
    expect(await database.db.checkIn.count({ where: { partnershipId: partnership.id, phase: "COMPLETED" } })).toBe(0);
    expect(await database.db.checkIn.count({ where: { partnershipId: partnership.id, supersededAt: null, answeredAt: null } })).toBe(0);
  });

  it("lets a partner decline to answer with a reason, which staff read and the history records", async () => {
    const { partnership, companyViewer, nonprofitViewer } = await createPartnershipWithMembers(database.db, "PLANNING");
    await movePartnership(database.db, actor(), { partnershipId: partnership.id, fromPhase: "PLANNING", toPhase: "NEGOTIATION", expectedVersion: 0 });
    const [mine] = await listPendingCheckIns(database.db, nonprofitViewer, partnership.id);
    const input = { partnershipId: partnership.id, checkInId: mine!.id, reason: "Ne parliamo a voce all'incontro." };
    await expect(dismissCheckIn(database.db, companyViewer, input)).rejects.toBeInstanceOf(NotFoundError);
    await expect(dismissCheckIn(database.db, staff, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(dismissCheckIn(database.db, nonprofitViewer, { ...input, reason: " " })).rejects.toThrow();

    await dismissCheckIn(database.db, nonprofitViewer, input);
    expect(await listPendingCheckIns(database.db, nonprofitViewer, partnership.id)).toEqual([]);
    await expect(dismissCheckIn(database.db, nonprofitViewer, input)).rejects.toMatchObject({ message: "noLongerAsked" });
    await expect(answerCheckIn(database.db, nonprofitViewer, { partnershipId: partnership.id, checkInId: mine!.id, rating: 2 })).rejects.toMatchObject({ message: "noLongerAsked" });
    const view = await getMonitoring(database.db, staff, partnership.id);
    expect(view.checkIns?.find((checkIn) => checkIn.id === mine!.id)).toMatchObject({ dismissReason: input.reason, answeredAt: null });
    expect(await database.db.auditLog.count({ where: { action: "checkIn.dismissed", targetId: mine!.id } })).toBe(1);
  });
});
