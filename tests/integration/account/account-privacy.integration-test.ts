import { confirmOrganizationClosure } from "@/lib/account/confirm-organization-closure";
import { deleteAccount } from "@/lib/account/delete-account";
import { exportOrganizationData } from "@/lib/account/export-organization-data";
import { exportUserData } from "@/lib/account/export-user-data";
import { requestOrganizationClosure } from "@/lib/account/request-organization-closure";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { listPartnershipMessages } from "@/lib/partnerships/messages/list-partnership-messages";
import { createCollabScene } from "../../support/collab-builders";
import { createUser } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

const CONFIRM = { confirmation: "elimina" };

describe("self-service data protection", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  async function sceneWithMessages() {
    const scene = await createCollabScene(database.db, "AGREEMENT");
    const { db } = database;
    await db.organization.update({ where: { id: scene.nonprofit.organization.id }, data: { contactEmail: "segreteria@ente-partner.it" } });
    await db.partnershipMessage.createMany({
      data: [
        { partnershipId: scene.partnership.id, authorId: scene.company.user.id, body: "Proposta di calendario dall'impresa" },
        { partnershipId: scene.partnership.id, authorId: scene.nonprofit.user.id, body: "Risposta riservata dell'ente" },
      ],
    });
    const agreement = await db.agreement.create({
      data: {
        partnershipId: scene.partnership.id, objectives: "o", startsOn: new Date("2026-01-01"), endsOn: new Date("2026-12-31"), responsibilities: "r",
        communicationRules: "c", logoUse: "l", indicatorsText: "i", dataProtection: "d", termination: "t",
      },
    });
    await db.agreementAcceptance.create({
      data: { agreementId: agreement.id, revision: 1, side: "COMPANY", userId: scene.company.user.id, signerName: "Carla Firmataria", signerRole: "Legale rappresentante", ipAddress: "203.0.113.7" },
    });
    return scene;
  }

  describe("data download", () => {
    it("holds the person's e-mail, consents and messages, and nothing of the other organisation", async () => {
      const scene = await sceneWithMessages();
      await database.db.consent.create({ data: { userId: scene.company.user.id, kind: "newsletter", version: "2026-11-01" } });
      // What the other party wrote reached the person as a notification: its words and names stay out of the download.
      await database.db.notification.create({
        data: {
          userId: scene.company.user.id,
          kind: "partnership.message",
          params: { excerpt: "Risposta riservata dell'ente", authorName: scene.nonprofit.user.name, organizationName: scene.nonprofit.organization.name, partnershipTitle: scene.partnership.title },
        },
      });
      const document = await exportUserData(database.db, scene.company.user);
      const text = JSON.stringify(document);
      expect(document.account.email).toBe(scene.company.user.email);
      expect(document.messages.map((message) => message.body)).toEqual(["Proposta di calendario dall'impresa"]);
      expect(document.consents).toEqual([expect.objectContaining({ kind: "newsletter" })]);
      expect(document.notifications).toEqual([expect.objectContaining({ kind: "partnership.message", params: { partnershipTitle: scene.partnership.title } })]);
      expect(document.agreementAcceptances).toEqual([expect.objectContaining({ signerName: "Carla Firmataria" })]);
      expect(text).not.toContain("passwordHash");
      expect(text).not.toContain("Risposta riservata dell'ente");
      expect(text).not.toContain(scene.nonprofit.user.email);
      expect(text).not.toContain(scene.nonprofit.user.name);
      expect(text).not.toContain("segreteria@ente-partner.it");
      expect(text).not.toContain(scene.nonprofit.organization.name);
      expect(await database.db.auditLog.count({ where: { action: "account.export", targetId: scene.company.user.id } })).toBe(1);
    });

    it("gives the organisation's data to an owner only", async () => {
      const scene = await sceneWithMessages();
      const colleague = await createUser(database.db);
      await database.db.membership.create({ data: { userId: colleague.id, organizationId: scene.company.organization.id, role: "MEMBER" } });
      await expect(exportOrganizationData(database.db, colleague, { organizationId: scene.company.organization.id })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(exportOrganizationData(database.db, scene.outsider.user, { organizationId: scene.company.organization.id })).rejects.toBeInstanceOf(NotFoundError);
      const document = await exportOrganizationData(database.db, scene.company.user, { organizationId: scene.company.organization.id });
      expect(document.members.map((member) => member.email).sort()).toEqual([colleague.email, scene.company.user.email].sort());
      expect(document.partnerships).toEqual([expect.objectContaining({ id: scene.partnership.id, otherOrganization: scene.nonprofit.organization.name })]);
      expect(JSON.stringify(document)).not.toContain(scene.nonprofit.user.email);
    });
  });

  describe("account deletion", () => {
    it("erases the person; the other party sees their messages by a former member; the signed acceptance keeps name and role", async () => {
      const scene = await sceneWithMessages();
      await expect(deleteAccount(database.db, scene.company.user, { currentPassword: "sbagliata", ...CONFIRM })).rejects.toMatchObject({ field: "currentPassword" });
      await deleteAccount(database.db, scene.company.user, { currentPassword: scene.company.user.password, ...CONFIRM });

      expect(await database.db.user.count({ where: { id: scene.company.user.id } })).toBe(0);
      expect(await database.db.user.count({ where: { email: scene.company.user.email } })).toBe(0);
      const thread = await listPartnershipMessages(database.db, scene.viewers.nonprofit, { partnershipId: scene.partnership.id });
      expect(thread.map((message) => [message.body, message.author?.name ?? null])).toEqual([
        ["Proposta di calendario dall'impresa", null],
        ["Risposta riservata dell'ente", scene.nonprofit.user.name],
      ]);
      const acceptance = await database.db.agreementAcceptance.findFirstOrThrow({ where: { agreement: { partnershipId: scene.partnership.id } } });
      expect(acceptance).toMatchObject({ userId: null, signerName: "Carla Firmataria", signerRole: "Legale rappresentante" });
      // The last member gone, the organisation's closure is asked for staff to confirm.
      const organization = await database.db.organization.findUniqueOrThrow({ where: { id: scene.company.organization.id } });
      expect(organization.closureRequestedAt).toBeInstanceOf(Date);
      expect(organization.closedAt).toBeNull();
      // With nobody left to answer, it is no longer suggested to anyone.
      expect(organization.status).toBe("SUSPENDED");
      expect(await database.db.notification.findMany({ where: { userId: scene.staffUser.id }, select: { kind: true, link: true } })).toEqual([
        { kind: "organization.closure-requested", link: `/staff/organizations/${scene.company.organization.id}` },
      ]);
      const deletion = await database.db.auditLog.findFirstOrThrow({ where: { action: "account.delete", targetId: scene.company.user.id } });
      expect(JSON.stringify(deletion)).not.toContain(scene.company.user.email);
    });

    it("refuses the last owner of an organisation with other members until ownership is handed over", async () => {
      const scene = await sceneWithMessages();
      const colleague = await createUser(database.db);
      await database.db.membership.create({ data: { userId: colleague.id, organizationId: scene.nonprofit.organization.id, role: "MEMBER" } });
      const input = { currentPassword: scene.nonprofit.user.password, ...CONFIRM };
      await expect(deleteAccount(database.db, scene.nonprofit.user, input)).rejects.toMatchObject({ message: "handOverFirst" });
      expect(await database.db.user.count({ where: { id: scene.nonprofit.user.id } })).toBe(1);

      await database.db.membership.updateMany({ where: { userId: colleague.id }, data: { role: "OWNER" } });
      await deleteAccount(database.db, scene.nonprofit.user, input);
      expect(await database.db.user.count({ where: { id: scene.nonprofit.user.id } })).toBe(0);
      // Somebody is still there: no closure is asked.
      expect((await database.db.organization.findUniqueOrThrow({ where: { id: scene.nonprofit.organization.id } })).closureRequestedAt).toBeNull();
    });

    it("is not for staff accounts", async () => {
      const staff = await createUser(database.db, { role: "STAFF" });
      await expect(deleteAccount(database.db, staff, { currentPassword: staff.password, ...CONFIRM })).rejects.toMatchObject({ message: "staffAccount" });
    });
  });

  describe("closing an organisation", () => {
    it("an owner asks, staff confirm once its partnerships have ended; members are signed out", async () => {
      const scene = await sceneWithMessages();
      const organizationId = scene.nonprofit.organization.id;
      const colleague = await createUser(database.db);
      await database.db.membership.create({ data: { userId: colleague.id, organizationId, role: "MEMBER" } });
      await expect(requestOrganizationClosure(database.db, colleague, { organizationId, currentPassword: colleague.password })).rejects.toMatchObject({ message: "ownersOnly" });
      await expect(confirmOrganizationClosure(database.db, { id: scene.staffUser.id, role: "STAFF" }, { organizationId })).rejects.toBeInstanceOf(NotFoundError);

      await requestOrganizationClosure(database.db, scene.nonprofit.user, { organizationId, currentPassword: scene.nonprofit.user.password });
      await expect(requestOrganizationClosure(database.db, scene.nonprofit.user, { organizationId, currentPassword: scene.nonprofit.user.password })).rejects.toBeInstanceOf(ConflictError);
      expect(await database.db.notification.count({ where: { userId: scene.staffUser.id, kind: "organization.closure-requested", link: `/staff/organizations/${organizationId}` } })).toBe(1);
      await expect(confirmOrganizationClosure(database.db, { id: scene.nonprofit.user.id, role: "PARTNER" }, { organizationId })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(confirmOrganizationClosure(database.db, { id: scene.staffUser.id, role: "STAFF" }, { organizationId })).rejects.toMatchObject({ message: "partnershipsStillOpen" });

      await database.db.partnership.update({ where: { id: scene.partnership.id }, data: { phase: "DISCONTINUED", endedAt: new Date() } });
      await confirmOrganizationClosure(database.db, { id: scene.staffUser.id, role: "STAFF" }, { organizationId });
      const organization = await database.db.organization.findUniqueOrThrow({ where: { id: organizationId } });
      expect(organization.closedAt).toBeInstanceOf(Date);
      expect(organization.status).toBe("SUSPENDED");
      expect((await database.db.user.findUniqueOrThrow({ where: { id: colleague.id } })).sessionVersion).toBe(colleague.sessionVersion + 1);
      expect(await database.db.auditLog.count({ where: { action: { in: ["organization.request-closure", "organization.close"] }, targetId: organizationId } })).toBe(2);
    });
  });
});
