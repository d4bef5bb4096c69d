import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { getMonitoring } from "@/lib/partnerships/monitoring/get-monitoring";
import { submitFinalEvaluation } from "@/lib/partnerships/monitoring/submit-final-evaluation";
import { EVALUATION, createOutsider, createPartnershipWithMembers, createStaffViewer } from "../../support/monitoring-builders";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("final evaluations", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  it("keeps each side's evaluation private until both have submitted; staff read both", async () => {
    const { partnership, companyViewer, nonprofitViewer } = await createPartnershipWithMembers(database.db, "MONITORING");
    const staff = await createStaffViewer(database.db);
    await submitFinalEvaluation(database.db, companyViewer, { partnershipId: partnership.id, ...EVALUATION });

    const forNonprofit = (await getMonitoring(database.db, nonprofitViewer, partnership.id)).finalEvaluations;
    expect(forNonprofit.submittedSides).toEqual(["COMPANY"]);
    expect(forNonprofit.visible).toEqual([]);
    expect((await getMonitoring(database.db, companyViewer, partnership.id)).finalEvaluations.visible.map((e) => e.side)).toEqual(["COMPANY"]);

    await submitFinalEvaluation(database.db, nonprofitViewer, { partnershipId: partnership.id, ...EVALUATION, wouldRenew: "no", relationship: "3" });
    const both = (await getMonitoring(database.db, companyViewer, partnership.id)).finalEvaluations.visible;
    expect(both.map((evaluation) => [evaluation.side, evaluation.relationship, evaluation.wouldRenew])).toEqual([
      ["COMPANY", 5, true],
      ["NONPROFIT", 3, false],
    ]);
    expect((await getMonitoring(database.db, staff, partnership.id)).finalEvaluations.visible).toHaveLength(2);
  });

  it("keeps one evaluation per side: submitting again corrects it, and only the first submission notifies", async () => {
    const { partnership, companyViewer, nonprofit } = await createPartnershipWithMembers(database.db, "MONITORING");
    const first = await submitFinalEvaluation(database.db, companyViewer, { partnershipId: partnership.id, ...EVALUATION });
    const second = await submitFinalEvaluation(database.db, companyViewer, { partnershipId: partnership.id, ...EVALUATION, goalAchievement: 2 });
    expect([first.firstSubmission, second.firstSubmission]).toEqual([true, false]);
    const rows = await database.db.finalEvaluation.findMany({ where: { partnershipId: partnership.id } });
    expect(rows.map((row) => [row.side, row.goalAchievement])).toEqual([["COMPANY", 2]]);

    const notices = await database.db.notification.findMany({ where: { kind: "partnership.finalEvaluationSubmitted", params: { path: ["partnershipTitle"], equals: partnership.title } } });
    // The other side's member and the CSV staff (no CSV contact: every staff member).
    expect(notices.some((notice) => notice.userId === nonprofit.user.id)).toBe(true);
    const staffCount = await database.db.user.count({ where: { role: { in: ["STAFF", "ADMIN"] }, disabled: false } });
    expect(notices).toHaveLength(1 + staffCount);
  });

  it("accepts an evaluation only from a partner, during monitoring", async () => {
    const management = await createPartnershipWithMembers(database.db, "MANAGEMENT");
    await expect(submitFinalEvaluation(database.db, management.companyViewer, { partnershipId: management.partnership.id, ...EVALUATION })).rejects.toMatchObject({
      message: "evaluationTooEarly",
    });
    const completed = await createPartnershipWithMembers(database.db, "COMPLETED");
    await expect(submitFinalEvaluation(database.db, completed.companyViewer, { partnershipId: completed.partnership.id, ...EVALUATION })).rejects.toMatchObject({
      message: "closed",
    });
    const monitoring = await createPartnershipWithMembers(database.db, "MONITORING");
    const staff = await createStaffViewer(database.db);
    await expect(submitFinalEvaluation(database.db, staff, { partnershipId: monitoring.partnership.id, ...EVALUATION })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      submitFinalEvaluation(database.db, await createOutsider(database.db), { partnershipId: monitoring.partnership.id, ...EVALUATION }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const touched = [management, completed, monitoring].map((entry) => entry.partnership.id);
    expect(await database.db.finalEvaluation.count({ where: { partnershipId: { in: touched } } })).toBe(0);
  });

  it("records an evaluation only for the submitter's own side", async () => {
    const { partnership, nonprofitViewer } = await createPartnershipWithMembers(database.db, "MONITORING");
    // The input names no side: a member can only ever write its own organisation's.
    await submitFinalEvaluation(database.db, nonprofitViewer, { partnershipId: partnership.id, ...EVALUATION, side: "COMPANY" } as typeof EVALUATION & { partnershipId: string });
    const rows = await database.db.finalEvaluation.findMany({ where: { partnershipId: partnership.id }, select: { side: true, submittedById: true } });
    expect(rows).toEqual([{ side: "NONPROFIT", submittedById: nonprofitViewer.userId }]);
  });
});
