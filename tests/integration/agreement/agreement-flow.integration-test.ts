import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { acceptAgreement } from "@/lib/partnerships/agreement/accept-agreement";
import { createAgreement } from "@/lib/partnerships/agreement/create-agreement";
import { getAgreement } from "@/lib/partnerships/agreement/get-agreement";
import { isAgreementSignedByBoth } from "@/lib/partnerships/agreement/is-agreement-signed-by-both";
import { updateAgreement } from "@/lib/partnerships/agreement/update-agreement";
import { setLegalRepresentative } from "@/lib/organizations/set-legal-representative";
import { createUser } from "../../support/factories";
import { createAgreementScene, createStranger } from "../../support/agreement-builders";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

const IP = { ipAddress: "192.0.2.10" };

describe("the formal agreement: create, edit, accept", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  async function sceneWithAgreement() {
    const scene = await createAgreementScene(database.db);
    await createAgreement(database.db, scene.asCompany, { partnershipId: scene.partnership.id }, { locale: "it" });
    const view = await getAgreement(database.db, scene.asCompany, { partnershipId: scene.partnership.id });
    if (!view.agreement) throw new Error("agreement expected");
    return { ...scene, view, agreement: view.agreement };
  }

  function editOf(agreement: { objectives: string; startsOn: string; endsOn: string; responsibilities: string; communicationRules: string; logoUse: string; indicatorsText: string; dataProtection: string; termination: string }) {
    const { objectives, startsOn, endsOn, responsibilities, communicationRules, logoUse, indicatorsText, dataProtection, termination } = agreement;
    return { objectives, startsOn, endsOn, responsibilities, communicationRules, logoUse, indicatorsText, dataProtection, termination };
  }

  it("creates the agreement from the template, naming both parties and the goal, with the contributions of the negotiation", async () => {
    const scene = await createAgreementScene(database.db);
    await database.db.plannedContribution.createMany({
      data: [
        { partnershipId: scene.partnership.id, side: "COMPANY", kind: "MONEY", description: "Contributo economico", valueCents: 250000 },
        { partnershipId: scene.partnership.id, side: "NONPROFIT", kind: "VOLUNTEER_HOURS", description: "Volontari per la distribuzione" },
      ],
    });
    const before = await getAgreement(database.db, scene.asNonprofit, { partnershipId: scene.partnership.id });
    expect(before.agreement).toBeNull();

    await createAgreement(database.db, scene.asNonprofit, { partnershipId: scene.partnership.id }, { locale: "it", now: new Date("2026-03-01T10:00:00Z") });
    const view = await getAgreement(database.db, scene.asCompany, { partnershipId: scene.partnership.id });
    expect(view.agreement?.revision).toBe(1);
    expect(view.agreement?.objectives).toContain(scene.company.organization.name);
    expect(view.agreement?.objectives).toContain(scene.nonprofit.organization.name);
    expect(view.agreement?.objectives).toContain("Un obiettivo comune misurabile");
    expect(view.agreement?.startsOn).toBe("2026-03-01");
    expect(view.agreement?.endsOn).toBe("2027-02-28");
    expect(view.contributions.COMPANY).toEqual([{ kind: "MONEY", description: "Contributo economico", valueCents: 250000 }]);
    expect(view.contributions.NONPROFIT).toHaveLength(1);
    expect(view.signedByBoth).toBe(false);

    await expect(createAgreement(database.db, scene.asStaff, { partnershipId: scene.partnership.id }, { locale: "it" })).rejects.toBeInstanceOf(ConflictError);
  });

  it("creates only one agreement when both parties click at the same moment", async () => {
    const scene = await createAgreementScene(database.db);
    const results = await Promise.allSettled([
      createAgreement(database.db, scene.asCompany, { partnershipId: scene.partnership.id }, { locale: "it" }),
      createAgreement(database.db, scene.asNonprofit, { partnershipId: scene.partnership.id }, { locale: "en" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected");
    expect(rejected?.status === "rejected" && rejected.reason).toBeInstanceOf(ConflictError);
    expect(await database.db.agreement.count({ where: { partnershipId: scene.partnership.id } })).toBe(1);
  });

  it("lets both partners and staff edit, each edit making a new revision", async () => {
    const scene = await sceneWithAgreement();
    const first = await updateAgreement(database.db, scene.asStaff, { ...editOf(scene.agreement), objectives: "Obiettivi riscritti dallo staff", partnershipId: scene.partnership.id, expectedRevision: 1 });
    expect(first).toEqual({ revision: 2, cancelledAcceptances: 0 });
    await updateAgreement(database.db, scene.asNonprofit, { ...editOf(scene.agreement), termination: "Recesso con 60 giorni di preavviso.", partnershipId: scene.partnership.id, expectedRevision: 2 });
    const view = await getAgreement(database.db, scene.asCompany, { partnershipId: scene.partnership.id });
    expect(view.agreement).toMatchObject({ revision: 3, objectives: scene.agreement.objectives, termination: "Recesso con 60 giorni di preavviso." });
  });

  it("refuses an end date that is not after the start", async () => {
    const scene = await sceneWithAgreement();
    await expect(
      updateAgreement(database.db, scene.asCompany, { ...editOf(scene.agreement), endsOn: scene.agreement.startsOn, partnershipId: scene.partnership.id, expectedRevision: 1 }),
    ).rejects.toThrow("endBeforeStart");
  });

  it("answers a stale revision with ConflictError and changes nothing", async () => {
    const scene = await sceneWithAgreement();
    await updateAgreement(database.db, scene.asCompany, { ...editOf(scene.agreement), objectives: "Versione della impresa", partnershipId: scene.partnership.id, expectedRevision: 1 });
    await expect(
      updateAgreement(database.db, scene.asNonprofit, { ...editOf(scene.agreement), objectives: "Versione dell'ente", partnershipId: scene.partnership.id, expectedRevision: 1 }),
    ).rejects.toBeInstanceOf(ConflictError);
    const view = await getAgreement(database.db, scene.asStaff, { partnershipId: scene.partnership.id });
    expect(view.agreement).toMatchObject({ revision: 2, objectives: "Versione della impresa" });
    await expect(
      acceptAgreement(database.db, scene.asNonprofit, { partnershipId: scene.partnership.id, revision: 1, side: "NONPROFIT", signerName: "Lucia Ferrari", signerRole: "Presidente", confirm: true }, IP),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("records each side's acceptance; signed when both accepted the current revision; notifies the other side, then both and the staff owner", async () => {
    const scene = await sceneWithAgreement();
    const id = scene.partnership.id;
    const first = await acceptAgreement(database.db, scene.asCompany, { partnershipId: id, revision: 1, side: "COMPANY", signerName: "Alessandro Conti", signerRole: "Legale rappresentante", confirm: true }, IP);
    expect(first.signedByBoth).toBe(false);
    expect(await isAgreementSignedByBoth(database.db, id)).toBe(false);
    const toNonprofit = await database.db.notification.findMany({ where: { userId: scene.nonprofit.user.id, kind: "partnership.agreementAccepted" } });
    expect(toNonprofit).toHaveLength(1);
    expect(await database.db.notification.count({ where: { userId: scene.company.user.id, kind: "partnership.agreementAccepted" } })).toBe(0);

    await expect(
      acceptAgreement(database.db, scene.asCompany, { partnershipId: id, revision: 1, side: "COMPANY", signerName: "Altra Persona", signerRole: "Procuratore", confirm: true }, IP),
    ).rejects.toBeInstanceOf(ValidationError);

    const second = await acceptAgreement(database.db, scene.asNonprofit, { partnershipId: id, revision: 1, side: "NONPROFIT", signerName: "Lucia Ferrari", signerRole: "Presidente", confirm: true }, { ipAddress: "unknown" });
    expect(second.signedByBoth).toBe(true);
    expect(await isAgreementSignedByBoth(database.db, id)).toBe(true);
    for (const userId of [scene.company.user.id, scene.nonprofit.user.id, scene.staff.id]) {
      expect(await database.db.notification.count({ where: { userId, kind: "partnership.agreementSigned" } })).toBe(1);
    }
    const view = await getAgreement(database.db, scene.asStaff, { partnershipId: id });
    expect(view.current.COMPANY).toMatchObject({ signerName: "Alessandro Conti", signerRole: "Legale rappresentante", ipAddress: "192.0.2.10", revision: 1 });
    expect(view.current.NONPROFIT).toMatchObject({ ipAddress: "unknown" });
    expect(view.signedByBoth).toBe(true);
  });

  it("an edit after an acceptance needs confirming, bumps the revision, cancels the acceptances and tells both parties", async () => {
    const scene = await sceneWithAgreement();
    const id = scene.partnership.id;
    await acceptAgreement(database.db, scene.asCompany, { partnershipId: id, revision: 1, side: "COMPANY", signerName: "Alessandro Conti", signerRole: "Legale rappresentante", confirm: true }, IP);
    await acceptAgreement(database.db, scene.asNonprofit, { partnershipId: id, revision: 1, side: "NONPROFIT", signerName: "Lucia Ferrari", signerRole: "Presidente", confirm: true }, IP);

    const edit = { ...editOf(scene.agreement), logoUse: "Nessun uso dei loghi.", partnershipId: id, expectedRevision: 1 };
    await expect(updateAgreement(database.db, scene.asStaff, edit)).rejects.toMatchObject({ field: "confirmCancelAcceptances" });
    expect(await isAgreementSignedByBoth(database.db, id)).toBe(true);

    const result = await updateAgreement(database.db, scene.asStaff, { ...edit, confirmCancelAcceptances: true });
    expect(result).toEqual({ revision: 2, cancelledAcceptances: 2 });
    expect(await isAgreementSignedByBoth(database.db, id)).toBe(false);
    const view = await getAgreement(database.db, scene.asCompany, { partnershipId: id });
    expect(view.current).toEqual({ COMPANY: null, NONPROFIT: null });
    expect(view.acceptances).toHaveLength(2);
    expect(view.acceptances.every((acceptance) => acceptance.revision === 1 && acceptance.cancelledAt !== null)).toBe(true);
    for (const userId of [scene.company.user.id, scene.nonprofit.user.id]) {
      expect(await database.db.notification.count({ where: { userId, kind: "partnership.agreementChanged" } })).toBe(1);
    }

    // The new revision can be accepted again.
    await acceptAgreement(database.db, scene.asCompany, { partnershipId: id, revision: 2, side: "COMPANY", signerName: "Alessandro Conti", signerRole: "Legale rappresentante", confirm: true }, IP);
    await acceptAgreement(database.db, scene.asNonprofit, { partnershipId: id, revision: 2, side: "NONPROFIT", signerName: "Lucia Ferrari", signerRole: "Presidente", confirm: true }, IP);
    expect(await isAgreementSignedByBoth(database.db, id)).toBe(true);
  });

  it("staff cannot accept for a party", async () => {
    const scene = await sceneWithAgreement();
    for (const side of ["COMPANY", "NONPROFIT"] as const) {
      await expect(
        acceptAgreement(database.db, scene.asStaff, { partnershipId: scene.partnership.id, revision: 1, side, signerName: "Staff CSV", signerRole: "Referente", confirm: true }, IP),
      ).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await database.db.agreementAcceptance.count({ where: { agreement: { partnershipId: scene.partnership.id } } })).toBe(0);
  });

  it("a partner cannot accept for the other side", async () => {
    const scene = await sceneWithAgreement();
    await expect(
      acceptAgreement(database.db, scene.asCompany, { partnershipId: scene.partnership.id, revision: 1, side: "NONPROFIT", signerName: "Alessandro Conti", signerRole: "Legale rappresentante", confirm: true }, IP),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await isAgreementSignedByBoth(database.db, scene.partnership.id)).toBe(false);
  });

  it("only a member marked as legal representative accepts; an owner or staff marks one", async () => {
    const scene = await sceneWithAgreement();
    const organizationId = scene.company.organization.id;
    const colleague = await createUser(database.db);
    await database.db.membership.create({ data: { userId: colleague.id, organizationId, role: "MEMBER", isLegalRepresentative: false } });
    const asColleague = { kind: "partner" as const, userId: colleague.id, organizationId };
    const accept = () =>
      acceptAgreement(database.db, asColleague, { partnershipId: scene.partnership.id, revision: 1, side: "COMPANY", signerName: "Carla Neri", signerRole: "Socia", confirm: true }, IP);

    await expect(accept()).rejects.toThrow(new ForbiddenError("Only a legal representative of the organisation accepts the agreement: ask an owner to mark you as one."));
    expect(await database.db.agreementAcceptance.count({ where: { agreement: { partnershipId: scene.partnership.id } } })).toBe(0);
    // The colleague cannot mark themself; the owner (the founding user) can.
    const change = { organizationId, userId: colleague.id, isLegalRepresentative: true };
    await expect(setLegalRepresentative(database.db, { id: colleague.id, role: "PARTNER" }, change)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setLegalRepresentative(database.db, { id: scene.nonprofit.user.id, role: "PARTNER" }, change)).rejects.toBeInstanceOf(ForbiddenError);
    await setLegalRepresentative(database.db, { id: scene.company.user.id, role: "PARTNER" }, change);
    expect(await accept()).toEqual({ signedByBoth: false });
    // Staff may take it back, for any organisation.
    await setLegalRepresentative(database.db, { id: scene.staff.id, role: "STAFF" }, { ...change, isLegalRepresentative: false });
    expect((await database.db.membership.findFirstOrThrow({ where: { userId: colleague.id } })).isLegalRepresentative).toBe(false);
  });

  it("requires the explicit confirmation to accept", async () => {
    const scene = await sceneWithAgreement();
    await expect(
      acceptAgreement(database.db, scene.asCompany, { partnershipId: scene.partnership.id, revision: 1, side: "COMPANY", signerName: "Alessandro Conti", signerRole: "Legale rappresentante", confirm: false }, IP),
    ).rejects.toThrow("confirmRequired");
  });

  it("a partner of another organisation gets NotFoundError from every service", async () => {
    const scene = await sceneWithAgreement();
    const stranger = await createStranger(database.db);
    const id = scene.partnership.id;
    await expect(getAgreement(database.db, stranger, { partnershipId: id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(createAgreement(database.db, stranger, { partnershipId: id }, { locale: "it" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateAgreement(database.db, stranger, { ...editOf(scene.agreement), partnershipId: id, expectedRevision: 1 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      acceptAgreement(database.db, stranger, { partnershipId: id, revision: 1, side: "COMPANY", signerName: "Estraneo Qualunque", signerRole: "Legale rappresentante", confirm: true }, IP),
    ).rejects.toBeInstanceOf(NotFoundError);
    const view = await getAgreement(database.db, scene.asStaff, { partnershipId: id });
    expect(view.agreement?.revision).toBe(1);
    expect(view.acceptances).toHaveLength(0);
  });

  it("a closed partnership keeps its agreement as it was", async () => {
    const scene = await sceneWithAgreement();
    await database.db.partnership.update({ where: { id: scene.partnership.id }, data: { phase: "COMPLETED" } });
    await expect(
      updateAgreement(database.db, scene.asCompany, { ...editOf(scene.agreement), partnershipId: scene.partnership.id, expectedRevision: 1 }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
