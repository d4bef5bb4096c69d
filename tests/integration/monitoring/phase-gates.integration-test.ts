import { loadPhaseFacts } from "@/lib/partnerships/load-phase-facts";
import { movePartnership, ReasonRequiredError } from "@/lib/partnerships/move-partnership";
import { EVALUATION, createPartnershipWithMembers, createStaffViewer, signAgreement } from "../../support/monitoring-builders";
import { announcePhaseChanges } from "@/lib/jobs/announce-phase-changes";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("the board's gates judge the partnership's real facts", () => {
  let database: TestDatabase;
  let staff: { id: string; role: "STAFF" };
  beforeAll(async () => {
    database = await createTestDatabase();
    const viewer = await createStaffViewer(database.db);
    staff = { id: viewer.userId, role: "STAFF" };
  });
  afterAll(() => database.cleanup());

  const move = (partnershipId: string, fromPhase: "AGREEMENT" | "COMMUNICATION" | "MONITORING", toPhase: "MANAGEMENT" | "MONITORING" | "COMPLETED", reason?: string) =>
    movePartnership(database.db, staff, { partnershipId, fromPhase, toPhase, expectedVersion: 0, ...(reason ? { reason } : {}) });
  const phaseOf = async (id: string) => (await database.db.partnership.findUniqueOrThrow({ where: { id }, select: { phase: true } })).phase;
  const indicator = (partnershipId: string, target: string | null) =>
    database.db.indicator.create({ data: { partnershipId, name: "Pasti", unit: "pasti", baseline: "0", target } });
  const evaluate = (partnershipId: string, side: "COMPANY" | "NONPROFIT") =>
    database.db.finalEvaluation.create({ data: { partnershipId, side, ...EVALUATION, wouldRenew: true } });

  it("keeps programme management shut until both sides accepted the current revision of the agreement", async () => {
    const unsigned = await createPartnershipWithMembers(database.db, "AGREEMENT");
    await signAgreement(database.db, unsigned.partnership.id, ["COMPANY"]);
    await expect(move(unsigned.partnership.id, "AGREEMENT", "MANAGEMENT")).rejects.toMatchObject({ gates: ["agreement-not-signed"] });

    const signed = await createPartnershipWithMembers(database.db, "AGREEMENT");
    await signAgreement(database.db, signed.partnership.id, ["COMPANY", "NONPROFIT"]);
    await move(signed.partnership.id, "AGREEMENT", "MANAGEMENT");
    expect(await phaseOf(signed.partnership.id)).toBe("MANAGEMENT");
  });

  it("does not count cancelled acceptances, nor acceptances of an earlier revision", async () => {
    const cancelled = await createPartnershipWithMembers(database.db, "AGREEMENT");
    await signAgreement(database.db, cancelled.partnership.id, ["COMPANY", "NONPROFIT"], { cancelled: true });
    expect((await loadPhaseFacts(database.db, cancelled.partnership.id)).agreementSignedByBoth).toBe(false);

    const revised = await createPartnershipWithMembers(database.db, "AGREEMENT");
    await signAgreement(database.db, revised.partnership.id, ["COMPANY", "NONPROFIT"], { revision: 2 });
    expect((await loadPhaseFacts(database.db, revised.partnership.id)).agreementSignedByBoth).toBe(false);
    await expect(move(revised.partnership.id, "AGREEMENT", "MANAGEMENT")).rejects.toBeInstanceOf(ReasonRequiredError);
  });

  it("keeps monitoring shut without an indicator that has a target", async () => {
    const { partnership } = await createPartnershipWithMembers(database.db, "COMMUNICATION");
    await indicator(partnership.id, null);
    await expect(move(partnership.id, "COMMUNICATION", "MONITORING")).rejects.toMatchObject({ gates: ["no-indicator-with-target"] });
    await indicator(partnership.id, "1200");
    await move(partnership.id, "COMMUNICATION", "MONITORING");
    expect(await phaseOf(partnership.id)).toBe("MONITORING");
  });

  it("completes only with both final evaluations, asks no check-in (the evaluations cover it) and tells both after the grace period", async () => {
    const { partnership, company } = await createPartnershipWithMembers(database.db, "MONITORING");
    await evaluate(partnership.id, "COMPANY");
    await expect(move(partnership.id, "MONITORING", "COMPLETED")).rejects.toMatchObject({ gates: ["final-evaluations-missing"] });
    expect(await phaseOf(partnership.id)).toBe("MONITORING");

    await evaluate(partnership.id, "NONPROFIT");
    await move(partnership.id, "MONITORING", "COMPLETED");
    expect(await phaseOf(partnership.id)).toBe("COMPLETED");
    expect(await database.db.checkIn.count({ where: { partnershipId: partnership.id, phase: "COMPLETED" } })).toBe(0);
    await announcePhaseChanges(database.db, new Date(Date.now() + 61_000));
    const kinds = await database.db.notification.findMany({ where: { userId: company.user.id }, select: { kind: true }, orderBy: { createdAt: "asc" } });
    // One notice, "completed", not also "moved to a phase, answer the check-in" (there is none).
    expect(kinds.map((notice) => notice.kind)).toEqual(["partnership.completed"]);
  });

  it("lets staff complete without the evaluations with a written reason, recorded as gates overridden", async () => {
    const { partnership } = await createPartnershipWithMembers(database.db, "MONITORING");
    const reason = "L'ente ha consegnato la valutazione su carta.";
    await move(partnership.id, "MONITORING", "COMPLETED", reason);
    expect(await phaseOf(partnership.id)).toBe("COMPLETED");
    const audit = await database.db.auditLog.findFirstOrThrow({ where: { targetId: partnership.id, action: "partnership.move" } });
    expect(audit.after).toMatchObject({ phase: "COMPLETED", reason, gatesOverridden: ["final-evaluations-missing"] });
  });
});
