import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { approveOrganization } from "@/lib/organizations/approve-organization";
import { getOrganizationForReview } from "@/lib/organizations/get-organization-for-review";
import { listReviewQueue } from "@/lib/organizations/list-review-queue";
import { rejectOrganization } from "@/lib/organizations/reject-organization";
import { requestOrganizationChanges } from "@/lib/organizations/request-organization-changes";
import { saveQuestionnaireStep } from "@/lib/profiles/questionnaire/save-questionnaire-step";
import { submitQuestionnaire } from "@/lib/profiles/questionnaire/submit-questionnaire";
import { createPartnerUser, createUser } from "../../support/factories";
import { COMPANY_STEPS } from "../../support/onboarding-steps";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("staff review of organisations", () => {
  let database: TestDatabase;
  let staff: { id: string; role: "STAFF" };
  beforeAll(async () => {
    database = await createTestDatabase();
    const user = await createUser(database.db, { role: "STAFF" });
    staff = { id: user.id, role: "STAFF" };
  });
  afterAll(() => database.cleanup());

  /** A company that filled in and submitted its questionnaire. */
  async function submittedCompany() {
    const { user, organization } = await createPartnerUser(database.db, "COMPANY");
    await database.db.organization.update({ where: { id: organization.id }, data: { status: "PENDING" } });
    const actor = { user: { id: user.id }, organization: { id: organization.id } };
    for (const step of [1, 2, 3, 4] as const) await saveQuestionnaireStep(database.db, actor, { step, values: COMPANY_STEPS[step] });
    await submitQuestionnaire(database.db, actor);
    return { user, organization };
  }

  it("lists PENDING first then CHANGES_REQUESTED, filters by status and kind, and counts by status", async () => {
    const waiting = await submittedCompany();
    const draft = await createPartnerUser(database.db, "NONPROFIT");
    await database.db.organization.update({ where: { id: draft.organization.id }, data: { status: "PENDING" } });
    const asked = await submittedCompany();
    await requestOrganizationChanges(database.db, staff, { organizationId: asked.organization.id, message: "Manca il sito web" });

    const queue = await listReviewQueue(database.db, staff);
    const ids = queue.items.map((item) => item.id);
    expect(ids).toEqual([waiting.organization.id, draft.organization.id, asked.organization.id]);
    expect(queue.items[0]).toMatchObject({ status: "PENDING", submittedAt: expect.any(Date), step: 4 });
    expect(queue.items[1]).toMatchObject({ submittedAt: null, step: 0 });
    expect(queue.counts).toMatchObject({ PENDING: 2, CHANGES_REQUESTED: 1 });

    const companies = await listReviewQueue(database.db, staff, { kind: "COMPANY" });
    expect(companies.items.map((item) => item.id)).toEqual([waiting.organization.id, asked.organization.id]);
    const changes = await listReviewQueue(database.db, staff, { status: "CHANGES_REQUESTED" });
    expect(changes.items.map((item) => item.id)).toEqual([asked.organization.id]);
  });

  it("shows the questionnaire with labels, the members and the history", async () => {
    const { organization, user } = await submittedCompany();
    const review = await getOrganizationForReview(database.db, staff, { organizationId: organization.id, locale: "it" });
    expect(review).toMatchObject({ id: organization.id, status: "PENDING", profile: { complete: true, step: 4 } });
    expect(review.profile?.answers).toEqual(
      expect.arrayContaining([
        { field: "sector", values: ["K 62.10 — Telecomunicazioni, programmazione informatica, servizi d'informazione"], step: 1 },
        { field: "causes", values: ["Inserimento lavorativo di persone svantaggiate", "Formazione extra-scolastica e contrasto della povertà educativa"], step: 2 },
        { field: "budgetEur", values: ["10.000"], step: 3, unit: "eurPerYear" },
        { field: "horizons", values: ["Annuale", "Pluriennale (di solito tre anni)"], step: 4 },
      ]),
    );
    expect(review.members).toEqual([{ id: user.id, name: user.name, email: user.email, role: "OWNER" }]);
    expect(review.history).toEqual([expect.objectContaining({ action: "organization.submit", actorName: user.name })]);
    const english = await getOrganizationForReview(database.db, staff, { organizationId: organization.id, locale: "en" });
    expect(english.profile?.answers).toContainEqual({ field: "horizons", values: ["Yearly", "Multi-year (usually three years)"], step: 4 });
  });

  it("approves: ACTIVE with dates, an audit row, and the members told in the app and by e-mail", async () => {
    const { organization, user } = await submittedCompany();
    await approveOrganization(database.db, staff, { organizationId: organization.id });
    const row = await database.db.organization.findUniqueOrThrow({ where: { id: organization.id } });
    expect(row).toMatchObject({ status: "ACTIVE", approvedAt: expect.any(Date), reviewedAt: expect.any(Date), reviewNote: null });
    const audit = await database.db.auditLog.findMany({ where: { targetId: organization.id, action: "organization.approve" } });
    expect(audit).toEqual([expect.objectContaining({ actorId: staff.id, before: { status: "PENDING" }, after: { status: "ACTIVE" } })]);
    expect(await database.db.notification.count({ where: { userId: user.id, kind: "organization.approved" } })).toBe(1);
    const mail = await database.db.outboxEmail.findFirstOrThrow({ where: { to: user.email } });
    expect(mail.subject).toBe(`${organization.name} è attiva su Insieme`);
  });

  it("asks for changes and rejects with a required message, kept as the review note and mailed in English to English speakers", async () => {
    const first = await submittedCompany();
    await database.db.user.update({ where: { id: first.user.id }, data: { locale: "en" } });
    await expect(requestOrganizationChanges(database.db, staff, { organizationId: first.organization.id, message: "  " })).rejects.toBeInstanceOf(ValidationError);
    await requestOrganizationChanges(database.db, staff, { organizationId: first.organization.id, message: "Please add your RUNTS number." });
    const asked = await database.db.organization.findUniqueOrThrow({ where: { id: first.organization.id } });
    expect(asked).toMatchObject({ status: "CHANGES_REQUESTED", reviewNote: "Please add your RUNTS number.", approvedAt: null });
    const mail = await database.db.outboxEmail.findFirstOrThrow({ where: { to: first.user.email } });
    expect(mail.subject).toContain("some changes");
    expect(mail.text).toContain("Please add your RUNTS number.");
    expect(await database.db.notification.findFirst({ where: { userId: first.user.id } })).toMatchObject({
      kind: "organization.changes-requested",
      params: { organizationName: first.organization.name, note: "Please add your RUNTS number." },
    });

    const second = await submittedCompany();
    await expect(rejectOrganization(database.db, staff, { organizationId: second.organization.id, message: "" })).rejects.toBeInstanceOf(ValidationError);
    await rejectOrganization(database.db, staff, { organizationId: second.organization.id, message: "Non opera in provincia." });
    expect(await database.db.organization.findUniqueOrThrow({ where: { id: second.organization.id } })).toMatchObject({ status: "REJECTED", reviewNote: "Non opera in provincia." });
    expect(await database.db.auditLog.count({ where: { targetId: second.organization.id, action: "organization.reject" } })).toBe(1);
    // A decided organisation is not waiting any more.
    await expect(approveOrganization(database.db, staff, { organizationId: second.organization.id })).rejects.toBeInstanceOf(ValidationError);
  });

  it("does not approve an organisation that has not submitted its questionnaire", async () => {
    const { organization } = await createPartnerUser(database.db, "NONPROFIT");
    await database.db.organization.update({ where: { id: organization.id }, data: { status: "PENDING" } });
    await expect(approveOrganization(database.db, staff, { organizationId: organization.id })).rejects.toBeInstanceOf(ValidationError);
    expect((await database.db.organization.findUniqueOrThrow({ where: { id: organization.id } })).status).toBe("PENDING");
  });

  it("answers NotFound for unknown ids and refuses partners, changing nothing", async () => {
    await expect(getOrganizationForReview(database.db, staff, { organizationId: "nobody", locale: "it" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(approveOrganization(database.db, staff, { organizationId: "nobody" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(rejectOrganization(database.db, staff, { organizationId: "nobody", message: "Non esiste." })).rejects.toBeInstanceOf(NotFoundError);

    const { organization, user } = await submittedCompany();
    const partner = { id: user.id, role: "PARTNER" as const };
    await expect(listReviewQueue(database.db, partner)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getOrganizationForReview(database.db, partner, { organizationId: organization.id, locale: "it" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(approveOrganization(database.db, partner, { organizationId: organization.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(requestOrganizationChanges(database.db, partner, { organizationId: organization.id, message: "Cambia tutto" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(rejectOrganization(database.db, partner, { organizationId: organization.id, message: "No grazie" })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await database.db.organization.findUniqueOrThrow({ where: { id: organization.id } })).status).toBe("PENDING");
  });
});
