import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { announcePhaseChanges } from "@/lib/jobs/announce-phase-changes";
import { undoPartnershipMove } from "@/lib/partnerships/board/undo-partnership-move";
import { movePartnership } from "@/lib/partnerships/move-partnership";
import { createPartnershipWithMembers } from "../../support/monitoring-builders";
import { createUser } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

const DAY = 86_400_000;
const GRACE_MS = 60_000;

describe("a true undo of a board move, and the grace period before anyone is told", () => {
  let database: TestDatabase;
  let staff: { id: string; role: "STAFF" };
  beforeAll(async () => {
    database = await createTestDatabase();
    const user = await createUser(database.db, { role: "STAFF" });
    staff = { id: user.id, role: "STAFF" };
  });
  afterAll(() => database.cleanup());

  /** A partnership that has been in PLANNING for 20 days, with a member on each side. */
  async function scene() {
    const built = await createPartnershipWithMembers(database.db, "PLANNING");
    const enteredAt = new Date(Date.now() - 20 * DAY);
    await database.db.partnership.update({ where: { id: built.partnership.id }, data: { phaseEnteredAt: enteredAt, startedAt: enteredAt, position: 4242 } });
    // Phase changes go to the daily digest by default: here both want them at once, so an
    // e-mail that should not exist would show in the outbox.
    await database.db.notificationPreference.createMany({
      data: [built.company, built.nonprofit].map((member) => ({ userId: member.user.id, kind: "PHASE_CHANGES" as const, delivery: "IMMEDIATE" as const })),
    });
    return { ...built, enteredAt };
  }
  const card = (id: string) => database.db.partnership.findUniqueOrThrow({ where: { id }, select: { phase: true, position: true, version: true, phaseEnteredAt: true } });
  const toldOf = async (people: { user: { id: string; email: string } }[]) => ({
    notifications: await database.db.notification.count({ where: { userId: { in: people.map((p) => p.user.id) }, kind: "partnership.phaseChanged" } }),
    emails: await database.db.outboxEmail.count({ where: { to: { in: people.map((p) => p.user.email) } } }),
  });

  it("undone within the grace period: the card is back as it was, its check-ins and checklist withdrawn, and nobody is ever told", async () => {
    const { partnership, company, nonprofit, enteredAt } = await scene();
    const moved = await movePartnership(database.db, staff, { partnershipId: partnership.id, fromPhase: "PLANNING", toPhase: "NEGOTIATION", expectedVersion: 0 });
    expect(await database.db.checkIn.count({ where: { partnershipId: partnership.id } })).toBe(2);
    expect(await database.db.checklistItem.count({ where: { partnershipId: partnership.id, phase: "NEGOTIATION" } })).toBeGreaterThan(0);
    // Within the grace nobody has been told yet, even if the job runs.
    expect(await announcePhaseChanges(database.db, new Date(Date.now() + GRACE_MS / 2))).toBe(0);
    expect(await toldOf([company, nonprofit])).toEqual({ notifications: 0, emails: 0 });

    const undone = await undoPartnershipMove(database.db, staff, { partnershipId: partnership.id, moveId: moved.moveId });
    expect(undone).toMatchObject({ phase: "PLANNING", position: 4242, version: 0 });
    expect(await card(partnership.id)).toEqual({ phase: "PLANNING", position: 4242, version: 0, phaseEnteredAt: enteredAt });
    expect(await database.db.checkIn.count({ where: { partnershipId: partnership.id } })).toBe(0);
    expect(await database.db.checklistItem.count({ where: { partnershipId: partnership.id, phase: "NEGOTIATION" } })).toBe(0);

    // Long after the grace: still nothing, ever.
    expect(await announcePhaseChanges(database.db, new Date(Date.now() + 10 * GRACE_MS))).toBe(0);
    expect(await toldOf([company, nonprofit])).toEqual({ notifications: 0, emails: 0 });
    // The history keeps both.
    const history = await database.db.auditLog.findMany({ where: { targetId: partnership.id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(history.map((row) => row.action)).toEqual(["partnership.move", "partnership.moveUndone"]);
  });

  it("after the grace period both organisations are told once, in the app and by e-mail, even on several job runs at once", async () => {
    const { partnership, company, nonprofit } = await scene();
    await movePartnership(database.db, staff, { partnershipId: partnership.id, fromPhase: "PLANNING", toPhase: "NEGOTIATION", expectedVersion: 0 });
    const later = new Date(Date.now() + GRACE_MS + 1_000);
    const runs = await Promise.all([announcePhaseChanges(database.db, later), announcePhaseChanges(database.db, later), announcePhaseChanges(database.db, later)]);
    expect(runs.reduce((sum, told) => sum + told, 0)).toBeGreaterThanOrEqual(1);
    expect(await toldOf([company, nonprofit])).toEqual({ notifications: 2, emails: 2 });
    expect(await database.db.phaseChangeNotice.count({ where: { partnershipId: partnership.id } })).toBe(0);
  });

  it("an undo after the grace still restores the card but cannot unsay what was told", async () => {
    const { partnership, company, nonprofit, enteredAt } = await scene();
    const moved = await movePartnership(database.db, staff, { partnershipId: partnership.id, fromPhase: "PLANNING", toPhase: "NEGOTIATION", expectedVersion: 0 });
    await announcePhaseChanges(database.db, new Date(Date.now() + GRACE_MS + 1_000));
    await undoPartnershipMove(database.db, staff, { partnershipId: partnership.id, moveId: moved.moveId });
    expect(await card(partnership.id)).toMatchObject({ phase: "PLANNING", phaseEnteredAt: enteredAt });
    expect(await toldOf([company, nonprofit])).toEqual({ notifications: 2, emails: 2 });
    const undo = await database.db.auditLog.findFirstOrThrow({ where: { targetId: partnership.id, action: "partnership.moveUndone" } });
    expect(undo.after).toMatchObject({ moveId: moved.moveId, alreadyTold: true });
  });

  it("brings back the check-ins the move superseded, and keeps an answer given meanwhile", async () => {
    const { partnership } = await scene();
    const first = await movePartnership(database.db, staff, { partnershipId: partnership.id, fromPhase: "PLANNING", toPhase: "NEGOTIATION", expectedVersion: 0 });
    const second = await movePartnership(database.db, staff, { partnershipId: partnership.id, fromPhase: "NEGOTIATION", toPhase: "AGREEMENT", expectedVersion: first.version });
    const open = () => database.db.checkIn.findMany({ where: { partnershipId: partnership.id, answeredAt: null, supersededAt: null, dismissedAt: null }, select: { phase: true } });
    expect((await open()).map((row) => row.phase)).toEqual(["AGREEMENT", "AGREEMENT"]);
    const answered = await database.db.checkIn.findFirstOrThrow({ where: { partnershipId: partnership.id, phase: "AGREEMENT", side: "COMPANY" } });
    await database.db.checkIn.update({ where: { id: answered.id }, data: { answeredAt: new Date(), rating: 4 } });

    await undoPartnershipMove(database.db, staff, { partnershipId: partnership.id, moveId: second.moveId });
    expect((await open()).map((row) => row.phase)).toEqual(["NEGOTIATION", "NEGOTIATION"]);
    expect(await database.db.checkIn.count({ where: { id: answered.id } })).toBe(1);
  });

  it("undoes only the latest move, once, while the card has not moved since; never a closing move; staff only", async () => {
    const { partnership, companyViewer } = await scene();
    const first = await movePartnership(database.db, staff, { partnershipId: partnership.id, fromPhase: "PLANNING", toPhase: "NEGOTIATION", expectedVersion: 0 });
    const second = await movePartnership(database.db, staff, { partnershipId: partnership.id, fromPhase: "NEGOTIATION", toPhase: "NEGOTIATION", expectedVersion: first.version });
    await expect(undoPartnershipMove(database.db, staff, { partnershipId: partnership.id, moveId: first.moveId })).rejects.toBeInstanceOf(ConflictError);
    await undoPartnershipMove(database.db, staff, { partnershipId: partnership.id, moveId: second.moveId });
    await expect(undoPartnershipMove(database.db, staff, { partnershipId: partnership.id, moveId: second.moveId })).rejects.toBeInstanceOf(ConflictError);
    await expect(undoPartnershipMove(database.db, { id: companyViewer.userId, role: "PARTNER" } as never, { partnershipId: partnership.id, moveId: first.moveId })).rejects.toBeInstanceOf(ForbiddenError);

    const closing = await movePartnership(database.db, staff, {
      partnershipId: partnership.id,
      fromPhase: "NEGOTIATION",
      toPhase: "DISCONTINUED",
      expectedVersion: first.version,
      reason: "L'ente ha chiuso il progetto.",
    });
    await expect(undoPartnershipMove(database.db, staff, { partnershipId: partnership.id, moveId: closing.moveId })).rejects.toBeInstanceOf(ValidationError);
    expect((await card(partnership.id)).phase).toBe("DISCONTINUED");
  });
});

describe("the dashboard's average days per phase", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  it("ignores a move that was undone: 20 days in planning stay 20 days", async () => {
    const user = await createUser(database.db, { role: "STAFF" });
    const staff = { id: user.id, role: "STAFF" as const };
    const { partnership } = await createPartnershipWithMembers(database.db, "PLANNING");
    const now = new Date();
    const enteredAt = new Date(now.getTime() - 20 * DAY);
    await database.db.partnership.update({ where: { id: partnership.id }, data: { phaseEnteredAt: enteredAt, startedAt: enteredAt } });
    const moved = await movePartnership(database.db, staff, { partnershipId: partnership.id, fromPhase: "PLANNING", toPhase: "NEGOTIATION", expectedVersion: 0 });
    await undoPartnershipMove(database.db, staff, { partnershipId: partnership.id, moveId: moved.moveId });
    const dashboard = await getDashboard(database.db, staff, now);
    expect(dashboard.averageDays.find((entry) => entry.phase === "PLANNING")).toEqual({ phase: "PLANNING", averageDays: 20, partnerships: 1 });
    expect(dashboard.averageDays.find((entry) => entry.phase === "NEGOTIATION")).toEqual({ phase: "NEGOTIATION", averageDays: null, partnerships: 0 });
  });
});
