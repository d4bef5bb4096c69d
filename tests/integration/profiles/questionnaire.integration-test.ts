import { NotFoundError, ValidationError, ForbiddenError } from "@/lib/errors";
import { getQuestionnaire } from "@/lib/profiles/questionnaire/get-questionnaire";
import { saveQuestionnaireStep } from "@/lib/profiles/questionnaire/save-questionnaire-step";
import { submitQuestionnaire } from "@/lib/profiles/questionnaire/submit-questionnaire";
import { toMatchProfile } from "@/lib/profiles/to-match-profile";
import { createPartnerUser, createUser } from "../../support/factories";
import { COMPANY_STEPS, NONPROFIT_STEPS } from "../../support/onboarding-steps";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("onboarding questionnaire", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  async function pendingPartner(kind: "COMPANY" | "NONPROFIT") {
    const { user, organization } = await createPartnerUser(database.db, kind);
    await database.db.organization.update({ where: { id: organization.id }, data: { status: "PENDING", comune: "Pavia" } });
    return { user, organization, actor: { user: { id: user.id }, organization: { id: organization.id } } };
  }

  it("starts empty at step 1, saves each step, resumes after the last one saved", async () => {
    const { actor } = await pendingPartner("COMPANY");
    const empty = await getQuestionnaire(database.db, actor);
    expect(empty).toMatchObject({ savedStep: 0, resumeStep: 1, stepCount: 5, submittedAt: null, complete: false, data: {} });

    await expect(saveQuestionnaireStep(database.db, actor, { step: 1, values: COMPANY_STEPS[1] })).resolves.toEqual({ ok: true, savedStep: 1 });
    await saveQuestionnaireStep(database.db, actor, { step: 2, values: COMPANY_STEPS[2] });
    const draft = await getQuestionnaire(database.db, actor);
    expect(draft).toMatchObject({ savedStep: 2, resumeStep: 3, complete: false });
    expect(draft.data).toMatchObject({ sector: "K 62.10", employees: 40, causes: ["p", "l"] });
    expect(draft.data).not.toHaveProperty("comune");

    // Going back to an earlier step does not lose the place.
    await saveQuestionnaireStep(database.db, actor, { step: 1, values: { ...COMPANY_STEPS[1], sectorCode: "" } });
    const again = await getQuestionnaire(database.db, actor);
    expect(again.savedStep).toBe(2);
    expect(again.data.sector).toBe("K");
  });

  it("moves the organisation to the comune of step 1, by its official name", async () => {
    const { actor, organization } = await pendingPartner("NONPROFIT");
    await saveQuestionnaireStep(database.db, actor, { step: 1, values: { ...NONPROFIT_STEPS[1], comune: "sannazzaro de burgondi" } });
    const row = await database.db.organization.findUniqueOrThrow({ where: { id: organization.id } });
    expect(row.comune).toBe("Sannazzaro de' Burgondi");
  });

  it("answers field errors as catalog keys and saves nothing for an invalid step", async () => {
    const { actor, organization } = await pendingPartner("COMPANY");
    const result = await saveQuestionnaireStep(database.db, actor, {
      step: 1,
      values: { ...COMPANY_STEPS[1], comune: "Milanino sul Mare", employees: -1, description: "breve" },
    });
    expect(result).toEqual({ ok: false, fieldErrors: { comune: "comuneUnknown", employees: "notNegative", description: "descriptionTooShort" } });
    const noCause = await saveQuestionnaireStep(database.db, actor, { step: 2, values: { ...COMPANY_STEPS[2], causes: [] } });
    expect(noCause).toEqual({ ok: false, fieldErrors: { causes: "chooseAtLeastOne" } });
    expect(await database.db.organizationProfile.count({ where: { organizationId: organization.id } })).toBe(0);
    await expect(saveQuestionnaireStep(database.db, actor, { step: 5, values: {} })).rejects.toBeInstanceOf(ValidationError);
  });

  it("refuses an incomplete submission, naming the steps to complete", async () => {
    const { actor, organization } = await pendingPartner("NONPROFIT");
    await expect(submitQuestionnaire(database.db, actor)).rejects.toBeInstanceOf(NotFoundError);
    await saveQuestionnaireStep(database.db, actor, { step: 1, values: NONPROFIT_STEPS[1] });
    await saveQuestionnaireStep(database.db, actor, { step: 2, values: NONPROFIT_STEPS[2] });
    await expect(submitQuestionnaire(database.db, actor)).resolves.toEqual({ ok: false, incompleteSteps: [3, 4] });
    const row = await database.db.organizationProfile.findUniqueOrThrow({ where: { organizationId: organization.id } });
    expect(row.submittedAt).toBeNull();
  });

  it("submits a complete profile: PENDING with submittedAt, an audit row and a notification to staff", async () => {
    const staff = await createUser(database.db, { role: "STAFF" });
    const { actor, organization, user } = await pendingPartner("NONPROFIT");
    for (const step of [1, 2, 3, 4] as const) {
      await expect(saveQuestionnaireStep(database.db, actor, { step, values: NONPROFIT_STEPS[step] })).resolves.toMatchObject({ ok: true });
    }
    expect((await getQuestionnaire(database.db, actor)).complete).toBe(true);
    await expect(submitQuestionnaire(database.db, actor)).resolves.toEqual({ ok: true, status: "PENDING" });

    const row = await database.db.organization.findUniqueOrThrow({ where: { id: organization.id }, include: { profile: true } });
    expect(row.status).toBe("PENDING");
    expect(row.profile?.submittedAt).toBeInstanceOf(Date);
    expect(toMatchProfile({ ...row, profileData: row.profile?.data })).toMatchObject({ kind: "nonprofit", legalForm: "APS", comune: "Voghera" });
    const audit = await database.db.auditLog.findMany({ where: { targetType: "Organization", targetId: organization.id } });
    expect(audit).toEqual([expect.objectContaining({ action: "organization.submit", actorId: user.id, before: { status: "PENDING" } })]);
    const notes = await database.db.notification.findMany({ where: { userId: staff.id, kind: "organization.submitted" } });
    expect(notes).toEqual([expect.objectContaining({ params: { organizationName: organization.name }, link: `/staff/organizations/${organization.id}` })]);
  });

  it("brings CHANGES_REQUESTED back to PENDING on resubmission, and keeps an ACTIVE organisation ACTIVE", async () => {
    const { actor, organization } = await pendingPartner("COMPANY");
    for (const step of [1, 2, 3, 4] as const) await saveQuestionnaireStep(database.db, actor, { step, values: COMPANY_STEPS[step] });
    await database.db.organization.update({ where: { id: organization.id }, data: { status: "CHANGES_REQUESTED" } });
    await expect(submitQuestionnaire(database.db, actor)).resolves.toEqual({ ok: true, status: "PENDING" });

    await database.db.organization.update({ where: { id: organization.id }, data: { status: "ACTIVE" } });
    await saveQuestionnaireStep(database.db, actor, { step: 4, values: { ...COMPANY_STEPS[4], rangeKm: 80 } });
    const row = await database.db.organization.findUniqueOrThrow({ where: { id: organization.id }, include: { profile: true } });
    expect(row.status).toBe("ACTIVE");
    expect(row.profile?.data).toMatchObject({ rangeKm: 80 });
    await expect(submitQuestionnaire(database.db, actor)).resolves.toEqual({ ok: true, status: "ACTIVE" });
  });

  it("does not let a rejected organisation edit or submit", async () => {
    const { actor, organization } = await pendingPartner("COMPANY");
    await database.db.organization.update({ where: { id: organization.id }, data: { status: "REJECTED" } });
    await expect(saveQuestionnaireStep(database.db, actor, { step: 1, values: COMPANY_STEPS[1] })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(submitQuestionnaire(database.db, actor)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("never reads or writes another organisation's questionnaire", async () => {
    const mine = await pendingPartner("COMPANY");
    const theirs = await pendingPartner("COMPANY");
    await saveQuestionnaireStep(database.db, theirs.actor, { step: 1, values: COMPANY_STEPS[1] });
    const intruder = { user: { id: mine.user.id }, organization: { id: theirs.organization.id } };
    await expect(getQuestionnaire(database.db, intruder)).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveQuestionnaireStep(database.db, intruder, { step: 1, values: { ...COMPANY_STEPS[1], employees: 1 } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(submitQuestionnaire(database.db, intruder)).rejects.toBeInstanceOf(NotFoundError);
    const row = await database.db.organizationProfile.findUniqueOrThrow({ where: { organizationId: theirs.organization.id } });
    expect(row.data).toMatchObject({ employees: 40 });
  });
  it("refuses RUNTS answers that do not fit, per field, and stores the number in its canonical form", async () => {
    const { actor, organization } = await pendingPartner("NONPROFIT");
    const mismatch = await saveQuestionnaireStep(database.db, actor, { step: 1, values: { ...NONPROFIT_STEPS[1], legalForm: "ODV", runtsSection: "b" } });
    expect(mismatch).toEqual({ ok: false, fieldErrors: { runtsSection: "runtsSectionMismatch" } });
    const badSection = await saveQuestionnaireStep(database.db, actor, { step: 1, values: { ...NONPROFIT_STEPS[1], runtsSection: "z", runtsNumber: "9999 bis" } });
    expect(badSection).toEqual({ ok: false, fieldErrors: { runtsSection: "required", runtsNumber: "runtsNumberInvalid" } });
    expect(await database.db.organizationProfile.count({ where: { organizationId: organization.id } })).toBe(0);

    await saveQuestionnaireStep(database.db, actor, { step: 1, values: { ...NONPROFIT_STEPS[1], runtsSection: "B", runtsNumber: "Rep. n. 45.678" } });
    expect((await getQuestionnaire(database.db, actor)).data).toMatchObject({ runtsStatus: "enrolled", runtsSection: "b", runtsNumber: "45678" });

    // A body that says it is not enrolled keeps no section or number.
    await saveQuestionnaireStep(database.db, actor, { step: 1, values: { ...NONPROFIT_STEPS[1], runtsStatus: "not-enrolled", runtsSection: "", runtsNumber: "" } });
    const data = (await getQuestionnaire(database.db, actor)).data;
    expect(data.runtsStatus).toBe("not-enrolled");
    expect(data).not.toHaveProperty("runtsSection");
    expect(data).not.toHaveProperty("runtsNumber");
  });
  it("takes any Italian comune, and refuses an unknown or ambiguous one on the server", async () => {
    const { actor, organization } = await pendingPartner("COMPANY");
    await expect(saveQuestionnaireStep(database.db, actor, { step: 1, values: { ...COMPANY_STEPS[1], comune: "piacenza" } })).resolves.toMatchObject({ ok: true });
    expect((await database.db.organization.findUniqueOrThrow({ where: { id: organization.id } })).comune).toBe("Piacenza");
    await saveQuestionnaireStep(database.db, actor, { step: 1, values: { ...COMPANY_STEPS[1], comune: "Samone (TO)" } });
    expect((await database.db.organization.findUniqueOrThrow({ where: { id: organization.id } })).comune).toBe("Samone (TO)");
    const ambiguous = await saveQuestionnaireStep(database.db, actor, { step: 1, values: { ...COMPANY_STEPS[1], comune: "Samone" } });
    expect(ambiguous).toEqual({ ok: false, fieldErrors: { comune: "comuneAmbiguous" } });
  });

  it("keeps only ATECO 2025 codes of the chosen section, checked on the server", async () => {
    const { actor } = await pendingPartner("COMPANY");
    const unknown = await saveQuestionnaireStep(database.db, actor, { step: 1, values: { ...COMPANY_STEPS[1], sectorCode: "62.01.00" } });
    expect(unknown).toEqual({ ok: false, fieldErrors: { sectorCode: "atecoCodeUnknown" } });
    const otherSection = await saveQuestionnaireStep(database.db, actor, { step: 1, values: { ...COMPANY_STEPS[1], sectorSection: "C", sectorCode: "62.10.00" } });
    expect(otherSection).toEqual({ ok: false, fieldErrors: { sectorCode: "atecoCodeOtherSection" } });
    const both = await saveQuestionnaireStep(database.db, actor, { step: 1, values: { ...COMPANY_STEPS[1], comune: "Atlantide", sectorCode: "99.99.99", employees: -2 } });
    expect(both).toEqual({ ok: false, fieldErrors: { comune: "comuneUnknown", sectorCode: "atecoCodeUnknown", employees: "notNegative" } });
    await expect(saveQuestionnaireStep(database.db, actor, { step: 1, values: { ...COMPANY_STEPS[1], sectorCode: "62.10.00" } })).resolves.toMatchObject({ ok: true });
    expect((await getQuestionnaire(database.db, actor)).data.sector).toBe("K 62.10.00");
  });
  it("takes an area of action of whole provinces or comuni of all Italy, and the engine reads it", async () => {
    const { actor, organization } = await pendingPartner("COMPANY");
    for (const step of [1, 2, 3] as const) await saveQuestionnaireStep(database.db, actor, { step, values: COMPANY_STEPS[step] });
    const noProvince = await saveQuestionnaireStep(database.db, actor, { step: 4, values: { ...COMPANY_STEPS[4], areaKind: "provinces", areaProvinces: [] } });
    expect(noProvince).toEqual({ ok: false, fieldErrors: { areaProvinces: "chooseAtLeastOne" } });
    const forged = await saveQuestionnaireStep(database.db, actor, { step: 4, values: { ...COMPANY_STEPS[4], areaKind: "provinces", areaProvinces: ["PV", "ZZ"] } });
    expect(forged).toEqual({ ok: false, fieldErrors: { areaProvinces: "provinceUnknown" } });
    const unknown = await saveQuestionnaireStep(database.db, actor, { step: 4, values: { ...COMPANY_STEPS[4], areaKind: "comuni", areaComuni: "Piacenza\nAtlantide" } });
    expect(unknown).toEqual({ ok: false, fieldErrors: { areaComuni: "areaComuniUnknown" } });

    await saveQuestionnaireStep(database.db, actor, { step: 4, values: { ...COMPANY_STEPS[4], areaKind: "comuni", areaComuni: "piacenza\nnovara, Roma", areaProvinces: ["PV"] } });
    const stored = (await getQuestionnaire(database.db, actor)).data;
    expect(stored).toMatchObject({ areaKind: "comuni", areaComuni: ["Piacenza", "Novara", "Roma"] });
    expect(stored).not.toHaveProperty("areaProvinces");
    const row = await database.db.organization.findUniqueOrThrow({ where: { id: organization.id }, include: { profile: true } });
    const profile = toMatchProfile({ ...row, profileData: row.profile?.data });
    expect(profile).toMatchObject({ kind: "company", rangeKm: 30, area: { comuni: ["Piacenza", "Novara", "Roma"] } });

    await saveQuestionnaireStep(database.db, actor, { step: 4, values: { ...COMPANY_STEPS[4], areaKind: "radius", areaComuni: "Roma" } });
    expect((await getQuestionnaire(database.db, actor)).data).not.toHaveProperty("areaComuni");
  });
});
