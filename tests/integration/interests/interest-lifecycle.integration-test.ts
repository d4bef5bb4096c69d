import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { expressInterest } from "@/lib/interests/express-interest";
import { listInterests } from "@/lib/interests/list-interests";
import { listIntroductions } from "@/lib/interests/list-introductions";
import { proposeIntroduction } from "@/lib/interests/propose-introduction";
import { respondToInterest } from "@/lib/interests/respond-to-interest";
import { withdrawInterest } from "@/lib/interests/withdraw-interest";
import { listBoardPartnerships } from "@/lib/partnerships/list-board-partnerships";
import { listOrganizationPartnerships } from "@/lib/partnerships/list-organization-partnerships";
import { createUser } from "../../support/factories";
import { addMember, COMPANY_PROFILE, createProfiledOrganization, createProfiledPartner, INTEREST_MESSAGE, NONPROFIT_PROFILE } from "../../support/matching-builders";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("interests: the double opt-in", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  const notificationsOf = (userId: string) =>
    database.db.notification.findMany({ where: { userId }, select: { kind: true, params: true, link: true } });

  it("a company's interest reaches the nonprofit in the app and by e-mail, with contacts hidden until both said yes", async () => {
    const company = await createProfiledPartner(database.db, "COMPANY");
    const nonprofit = await createProfiledPartner(database.db, "NONPROFIT");
    const { id } = await expressInterest(database.db, company, { organizationId: nonprofit.organization.id, message: `  ${INTEREST_MESSAGE}  ` });

    expect(await notificationsOf(nonprofit.user.id)).toEqual([
      { kind: "interest.received", params: { organizationName: company.organization.name }, link: "/workspace/interests" },
    ]);
    const mail = await database.db.outboxEmail.findFirstOrThrow({ where: { to: nonprofit.user.email } });
    expect(mail.subject).toBe(`${company.organization.name} vorrebbe conoscervi`);

    const stored = await database.db.interest.findUniqueOrThrow({ where: { id } });
    expect(stored.message).toBe(INTEREST_MESSAGE);
    expect(stored.fromAcceptedAt).not.toBeNull();
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(14 * 24 * 60 * 60 * 1000);

    const received = (await listInterests(database.db, nonprofit)).received;
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ id, status: "PENDING", canRespond: true, canWithdraw: false, other: { name: company.organization.name, contact: null } });
    const sent = (await listInterests(database.db, company)).sent;
    expect(sent[0]).toMatchObject({ id, canRespond: false, canWithdraw: true, other: { contact: null } });
    expect(JSON.stringify(sent)).not.toContain("@example.it");

    const outcome = await respondToInterest(database.db, nonprofit, { interestId: id, decision: "accept", message: "Con piacere, sentiamoci!" });
    expect(outcome.status).toBe("ACCEPTED");

    const afterCompany = (await listInterests(database.db, company)).sent[0];
    const nonprofitRow = await database.db.organization.findUniqueOrThrow({ where: { id: nonprofit.organization.id } });
    expect(afterCompany?.other.contact).toEqual({ name: nonprofitRow.contactName, email: nonprofitRow.contactEmail, phone: nonprofitRow.contactPhone });
    expect(afterCompany?.responseMessage).toBe("Con piacere, sentiamoci!");
    expect(afterCompany?.partnershipId).toBe(outcome.partnershipId);
    expect((await notificationsOf(company.user.id)).map((n) => n.kind)).toEqual(["interest.accepted"]);
  });

  it("opens the partnership in phase 1 for both, at the end of the staff board's first column, with audit rows and staff told", async () => {
    const staff = await createUser(database.db, { role: "STAFF" });
    const company = await createProfiledPartner(database.db, "COMPANY");
    const nonprofit = await createProfiledPartner(database.db, "NONPROFIT");
    const earlier = await createProfiledPartner(database.db, "NONPROFIT");
    const first = await expressInterest(database.db, company, { organizationId: earlier.organization.id, message: INTEREST_MESSAGE });
    await respondToInterest(database.db, earlier, { interestId: first.id, decision: "accept" });
    const { id } = await expressInterest(database.db, nonprofit, { organizationId: company.organization.id, message: INTEREST_MESSAGE });
    const { partnershipId } = await respondToInterest(database.db, company, { interestId: id, decision: "accept" });

    // Title and goal are proposed from the two questionnaires (shared cause: education), not the greeting.
    const title = `${company.organization.name} e ${nonprofit.organization.name} per educazione`;
    for (const side of [company, nonprofit]) {
      const partnerships = await listOrganizationPartnerships(database.db, side);
      const opened = partnerships.find((p) => p.id === partnershipId);
      expect(opened).toMatchObject({ title, phase: "PLANNING" });
      expect(opened?.commonGoal).not.toContain(INTEREST_MESSAGE);
      expect(opened?.commonGoal).toContain(`${company.organization.name} mette a disposizione competenze digitali`);
    }
    const planning = (await listBoardPartnerships(database.db, staff)).find((column) => column.phase === "PLANNING");
    expect(planning?.partnerships.at(-1)?.id).toBe(partnershipId);
    const audit = await database.db.auditLog.findMany({ where: { targetId: { in: [id, partnershipId ?? ""] } }, select: { action: true } });
    expect(audit.map((row) => row.action).sort()).toEqual(["interest.accepted", "interest.expressed", "partnership.opened"]);
    expect((await notificationsOf(staff.id)).map((n) => n.kind)).toContain("partnership.opened");
  });

  it("a decline closes the interest, tells the proposer, and never shares contacts", async () => {
    const company = await createProfiledPartner(database.db, "COMPANY");
    const nonprofit = await createProfiledPartner(database.db, "NONPROFIT");
    const { id } = await expressInterest(database.db, company, { organizationId: nonprofit.organization.id, message: INTEREST_MESSAGE });
    await expect(respondToInterest(database.db, nonprofit, { interestId: id, decision: "decline", message: "Grazie, non ora." })).resolves.toEqual({ status: "DECLINED", partnershipId: null });
    const sent = (await listInterests(database.db, company)).sent[0];
    expect(sent).toMatchObject({ status: "DECLINED", responseMessage: "Grazie, non ora.", other: { contact: null } });
    expect((await notificationsOf(company.user.id)).map((n) => n.kind)).toEqual(["interest.declined"]);
    await expect(respondToInterest(database.db, nonprofit, { interestId: id, decision: "accept" })).rejects.toThrow("notPending");
  });

  it("the proposer may withdraw a pending interest, and may not answer its own", async () => {
    const company = await createProfiledPartner(database.db, "COMPANY");
    const nonprofit = await createProfiledPartner(database.db, "NONPROFIT");
    const { id } = await expressInterest(database.db, company, { organizationId: nonprofit.organization.id, message: INTEREST_MESSAGE });
    await expect(respondToInterest(database.db, company, { interestId: id, decision: "accept" })).rejects.toThrow("notYours");
    await expect(withdrawInterest(database.db, nonprofit, { interestId: id })).rejects.toBeInstanceOf(NotFoundError);
    await withdrawInterest(database.db, company, { interestId: id });
    expect((await database.db.interest.findUniqueOrThrow({ where: { id } })).status).toBe("WITHDRAWN");
    await expect(withdrawInterest(database.db, company, { interestId: id })).rejects.toThrow("notPending");
  });

  it("refuses bad input: short or long messages, inactive or same-kind targets, a second pending interest, existing partners", async () => {
    const company = await createProfiledPartner(database.db, "COMPANY");
    const nonprofit = await createProfiledPartner(database.db, "NONPROFIT");
    const target = nonprofit.organization.id;
    await expect(expressInterest(database.db, company, { organizationId: target, message: "Troppo corto" })).rejects.toMatchObject({ message: "messageTooShort", field: "message" });
    await expect(expressInterest(database.db, company, { organizationId: target, message: "x".repeat(1001) })).rejects.toMatchObject({ message: "messageTooLong" });
    const suspended = await createProfiledOrganization(database.db, "NONPROFIT", { status: "SUSPENDED" });
    const sameKind = await createProfiledOrganization(database.db, "COMPANY");
    for (const organizationId of [suspended.id, sameKind.id, "sconosciuto"]) {
      await expect(expressInterest(database.db, company, { organizationId, message: INTEREST_MESSAGE })).rejects.toBeInstanceOf(NotFoundError);
    }
    const pendingCompany = await createProfiledPartner(database.db, "COMPANY", { status: "PENDING" });
    await expect(expressInterest(database.db, pendingCompany, { organizationId: target, message: INTEREST_MESSAGE })).rejects.toThrow("notActive");

    const { id } = await expressInterest(database.db, company, { organizationId: target, message: INTEREST_MESSAGE });
    await expect(expressInterest(database.db, company, { organizationId: target, message: INTEREST_MESSAGE })).rejects.toThrow("alreadyPending");
    await expect(expressInterest(database.db, nonprofit, { organizationId: company.organization.id, message: INTEREST_MESSAGE })).rejects.toThrow("alreadyPending");
    await respondToInterest(database.db, nonprofit, { interestId: id, decision: "accept" });
    await expect(expressInterest(database.db, company, { organizationId: target, message: INTEREST_MESSAGE })).rejects.toThrow("alreadyPartners");
    expect(await database.db.interest.count({ where: { fromOrganizationId: company.organization.id } })).toBe(1);
  });

  it("two opposite proposals at the same moment leave exactly one interest pending", async () => {
    const company = await createProfiledPartner(database.db, "COMPANY");
    const nonprofit = await createProfiledPartner(database.db, "NONPROFIT");
    const results = await Promise.allSettled([
      expressInterest(database.db, company, { organizationId: nonprofit.organization.id, message: INTEREST_MESSAGE }),
      expressInterest(database.db, nonprofit, { organizationId: company.organization.id, message: INTEREST_MESSAGE }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const pair = [company.organization.id, nonprofit.organization.id];
    expect(await database.db.interest.count({ where: { fromOrganizationId: { in: pair }, toOrganizationId: { in: pair } } })).toBe(1);
  });

  it("answers 'not found' to a partner using another organisation's interest id", async () => {
    const company = await createProfiledPartner(database.db, "COMPANY");
    const nonprofit = await createProfiledPartner(database.db, "NONPROFIT");
    const stranger = await createProfiledPartner(database.db, "NONPROFIT");
    const { id } = await expressInterest(database.db, company, { organizationId: nonprofit.organization.id, message: INTEREST_MESSAGE });
    await expect(respondToInterest(database.db, stranger, { interestId: id, decision: "accept" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(withdrawInterest(database.db, stranger, { interestId: id })).rejects.toBeInstanceOf(NotFoundError);
    const seen = await listInterests(database.db, stranger);
    expect([...seen.received, ...seen.sent]).toEqual([]);
    expect((await database.db.interest.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");
  });

  it("two members accepting at the same moment open exactly one partnership", async () => {
    const company = await createProfiledPartner(database.db, "COMPANY");
    const nonprofit = await createProfiledPartner(database.db, "NONPROFIT");
    const colleague = await addMember(database.db, nonprofit.organization);
    const { id } = await expressInterest(database.db, company, { organizationId: nonprofit.organization.id, message: INTEREST_MESSAGE });
    const results = await Promise.allSettled([
      respondToInterest(database.db, nonprofit, { interestId: id, decision: "accept" }),
      respondToInterest(database.db, colleague, { interestId: id, decision: "accept" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected");
    expect(rejected?.status === "rejected" ? rejected.reason : null).toBeInstanceOf(ValidationError);
    expect(await database.db.partnership.count({ where: { companyId: company.organization.id } })).toBe(1);
  });

  describe("staff introductions", () => {
    it("need both sides to accept; the last yes opens the partnership, even when both answer at once", async () => {
      const staff = await createUser(database.db, { role: "STAFF" });
      const company = await createProfiledPartner(database.db, "COMPANY");
      const nonprofit = await createProfiledPartner(database.db, "NONPROFIT");
      const message = "Vi presentiamo: entrambi lavorate sull'educazione digitale a Pavia.";
      const { id } = await proposeIntroduction(database.db, staff, { companyId: company.organization.id, nonprofitId: nonprofit.organization.id, message });
      expect((await notificationsOf(company.user.id)).map((n) => n.kind)).toEqual(["introduction.proposed"]);
      expect((await notificationsOf(nonprofit.user.id)).map((n) => n.kind)).toEqual(["introduction.proposed"]);
      for (const side of [company, nonprofit]) {
        expect((await listInterests(database.db, side)).received[0]).toMatchObject({ id, isIntroduction: true, canRespond: true });
      }
      expect((await listIntroductions(database.db, staff)).find((item) => item.id === id)).toMatchObject({
        status: "PENDING",
        company: { name: company.organization.name, accepted: false },
        nonprofit: { name: nonprofit.organization.name, accepted: false },
      });

      const outcomes = await Promise.all([
        respondToInterest(database.db, company, { interestId: id, decision: "accept" }),
        respondToInterest(database.db, nonprofit, { interestId: id, decision: "accept" }),
      ]);
      expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["ACCEPTED", "PENDING"]);
      const partnerships = await database.db.partnership.findMany({ where: { companyId: company.organization.id } });
      expect(partnerships).toHaveLength(1);
      expect(partnerships[0]?.phase).toBe("PLANNING");
      expect((await database.db.interest.findUniqueOrThrow({ where: { id } })).partnershipId).toBe(partnerships[0]?.id);
    });

    it("one side accepting leaves it pending; a decline from the other closes it and tells the staff member", async () => {
      const staff = await createUser(database.db, { role: "STAFF" });
      const company = await createProfiledPartner(database.db, "COMPANY");
      const nonprofit = await createProfiledPartner(database.db, "NONPROFIT");
      const { id } = await proposeIntroduction(database.db, staff, { companyId: company.organization.id, nonprofitId: nonprofit.organization.id, message: INTEREST_MESSAGE });
      await expect(respondToInterest(database.db, company, { interestId: id, decision: "accept" })).resolves.toEqual({ status: "PENDING", partnershipId: null });
      await expect(respondToInterest(database.db, company, { interestId: id, decision: "decline" })).rejects.toThrow("alreadyAnswered");
      await respondToInterest(database.db, nonprofit, { interestId: id, decision: "decline" });
      expect((await database.db.interest.findUniqueOrThrow({ where: { id } })).status).toBe("DECLINED");
      expect((await notificationsOf(staff.id)).map((n) => n.kind)).toContain("introduction.declined");
    });

    it("are refused for a pair a hard exclusion forbids, naming it, with nothing written", async () => {
      const staff = await createUser(database.db, { role: "STAFF" });
      const winery = await createProfiledOrganization(database.db, "COMPANY", { profile: { ...COMPANY_PROFILE, sectorTags: ["alcohol"] } });
      const sober = await createProfiledOrganization(database.db, "NONPROFIT", { profile: { ...NONPROFIT_PROFILE, excludeSectorTags: ["alcohol"] } });
      const input = { companyId: winery.id, nonprofitId: sober.id, message: INTEREST_MESSAGE };
      await expect(proposeIntroduction(database.db, staff, input)).rejects.toMatchObject({ message: "excludedSector", field: "nonprofitId" });
      expect(await database.db.interest.count({ where: { fromOrganizationId: winery.id } })).toBe(0);

      const everyCauseExcluded = await createProfiledOrganization(database.db, "COMPANY", { profile: { ...COMPANY_PROFILE, excludeCauses: NONPROFIT_PROFILE.causes } });
      await expect(proposeIntroduction(database.db, staff, { ...input, companyId: everyCauseExcluded.id })).rejects.toMatchObject({ message: "excludedCauses", field: "nonprofitId" });
      // No override: a confirmation sent anyway (an old form, a forged post) changes nothing.
      await expect(proposeIntroduction(database.db, staff, { ...input, confirmExclusion: true } as typeof input)).rejects.toMatchObject({ message: "excludedSector" });
      expect(await database.db.interest.count({ where: { toOrganizationId: sober.id } })).toBe(0);
      expect(await database.db.auditLog.count({ where: { action: "introduction.proposed", actorId: staff.id } })).toBe(0);
    });

    it("are for staff only, between an active company and an active nonprofit", async () => {
      const staff = await createUser(database.db, { role: "ADMIN" });
      const partner = await createProfiledPartner(database.db, "COMPANY");
      const nonprofit = await createProfiledOrganization(database.db, "NONPROFIT");
      const input = { companyId: partner.organization.id, nonprofitId: nonprofit.id, message: INTEREST_MESSAGE };
      await expect(proposeIntroduction(database.db, { id: partner.user.id, role: "PARTNER" }, input)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listIntroductions(database.db, { id: partner.user.id, role: "PARTNER" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(proposeIntroduction(database.db, staff, { ...input, companyId: nonprofit.id, nonprofitId: partner.organization.id })).rejects.toMatchObject({ field: "companyId" });
      const pending = await createProfiledOrganization(database.db, "NONPROFIT", { status: "PENDING" });
      await expect(proposeIntroduction(database.db, staff, { ...input, nonprofitId: pending.id })).rejects.toMatchObject({ field: "nonprofitId" });
      expect(await database.db.interest.count({ where: { fromOrganizationId: partner.organization.id } })).toBe(0);
    });
  });
});
