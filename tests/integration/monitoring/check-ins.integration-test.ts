import { renderNotification } from "@/lib/notifications/render-notification";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { answerCheckIn } from "@/lib/partnerships/monitoring/answer-check-in";
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
});
