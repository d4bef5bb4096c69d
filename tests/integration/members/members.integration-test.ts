import { ForbiddenError, NotFoundError, RateLimitedError, ValidationError } from "@/lib/errors";
import { acceptInvitationWithAccount, acceptInvitationWithNewAccount } from "@/lib/organizations/members/accept-invitation";
import { changeMemberRole } from "@/lib/organizations/members/change-member-role";
import { findInvitationByToken } from "@/lib/organizations/members/find-invitation-by-token";
import { hashInvitationToken, INVITATION_TTL_MS } from "@/lib/organizations/members/invitation-token";
import { inviteMember } from "@/lib/organizations/members/invite-member";
import { isLastOwner } from "@/lib/organizations/members/is-last-owner";
import { listMembers } from "@/lib/organizations/members/list-members";
import { removeMember } from "@/lib/organizations/members/remove-member";
import { requestToJoin } from "@/lib/organizations/members/request-to-join";
import { resendInvitation } from "@/lib/organizations/members/resend-invitation";
import { revokeInvitation } from "@/lib/organizations/members/revoke-invitation";
import { setMemberRepresentative } from "@/lib/organizations/members/set-member-representative";
import { transferOwnership } from "@/lib/organizations/members/transfer-ownership";
import { partitaIvaCheckDigit } from "@/lib/tax-codes";
import { inviteStaff } from "@/lib/users/invite-staff";
import { createPartnerUser, createUser } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

const visitor = { ip: "198.51.100.7", locale: "it" as const };
const strongPassword = "cavallo batteria graffetta corretta";

describe("members and invitations", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  const db = () => database.db;
  const asManager = (owner: Awaited<ReturnType<typeof createPartnerUser>>) => ({ userId: owner.user.id, organizationId: owner.organization.id });

  /** The raw token of the newest invitation e-mail to `email`: only the e-mail carries it. */
  async function tokenMailedTo(email: string): Promise<string> {
    const mail = await db().outboxEmail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
    const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
    if (!token) throw new Error(`no invitation link in: ${mail.text}`);
    return token;
  }

  /** A second person in the owner's organisation, with the given role. */
  async function addMember(owner: Awaited<ReturnType<typeof createPartnerUser>>, role: "OWNER" | "MEMBER" = "MEMBER") {
    const user = await createUser(db());
    await db().membership.create({ data: { userId: user.id, organizationId: owner.organization.id, role, isLegalRepresentative: false } });
    return { user, organization: owner.organization };
  }

  it("an owner invites a colleague, who sets a password and lands in the organisation, once", async () => {
    const owner = await createPartnerUser(db(), "NONPROFIT");
    const invitationId = await inviteMember(db(), owner, { email: "  Collega.Nuova@Example.IT ", role: "MEMBER", locale: "en" });

    const stored = await db().invitation.findUniqueOrThrow({ where: { id: invitationId } });
    expect(stored).toMatchObject({ email: "collega.nuova@example.it", organizationId: owner.organization.id, membershipRole: "MEMBER", locale: "en", invitedById: owner.user.id, acceptedAt: null });
    expect(Math.abs(stored.expiresAt.getTime() - Date.now() - INVITATION_TTL_MS)).toBeLessThan(60_000);
    const token = await tokenMailedTo("collega.nuova@example.it");
    // Only the hash is stored; the e-mail is in the invitee's language and names the address.
    expect(stored.tokenHash).toBe(hashInvitationToken(token));
    expect(stored.tokenHash).not.toContain(token);
    const mail = await db().outboxEmail.findFirstOrThrow({ where: { to: "collega.nuova@example.it" } });
    expect(mail.subject).toContain(`invites you to Insieme for ${owner.organization.name}`);
    expect(mail.text).toContain("only for the address collega.nuova@example.it");
    await expect(db().auditLog.count({ where: { action: "invitation.sent", targetId: owner.organization.id } })).resolves.toBe(1);

    await expect(findInvitationByToken(db(), token)).resolves.toMatchObject({ state: "pending", email: "collega.nuova@example.it", organizationName: owner.organization.name, role: "MEMBER", accountExists: false });
    await expect(acceptInvitationWithNewAccount(db(), visitor, { token, name: "Carla Neri", password: strongPassword, privacyConsent: true })).resolves.toEqual({ email: "collega.nuova@example.it" });

    const user = await db().user.findUniqueOrThrow({ where: { email: "collega.nuova@example.it" }, include: { memberships: true, consents: true } });
    expect(user).toMatchObject({ name: "Carla Neri", role: "PARTNER" });
    expect(user.emailVerifiedAt).not.toBeNull();
    expect(user.memberships).toEqual([expect.objectContaining({ organizationId: owner.organization.id, role: "MEMBER", isLegalRepresentative: false })]);
    expect(user.consents.map((consent) => consent.kind)).toEqual(["privacy-notice"]);
    await expect(db().notification.count({ where: { userId: owner.user.id, kind: "membership.joined" } })).resolves.toBe(1);
    await expect(db().auditLog.count({ where: { action: "invitation.accepted", actorId: user.id } })).resolves.toBe(1);

    // Single use: the same link a second time creates nothing.
    const again = acceptInvitationWithNewAccount(db(), visitor, { token, name: "Altra Persona", password: strongPassword, privacyConsent: true });
    await expect(again).rejects.toThrow(new ValidationError("invitationUsed"));
    await expect(findInvitationByToken(db(), token)).resolves.toMatchObject({ state: "accepted" });

    const overview = await listMembers(db(), owner);
    expect(overview.viewerIsOwner).toBe(true);
    expect(overview.members.map((member) => [member.email, member.role])).toEqual([
      [owner.user.email, "OWNER"],
      ["collega.nuova@example.it", "MEMBER"],
    ]);
    expect(overview.invitations).toEqual([]);
  });

  it("refuses every operation to a member who is not an owner, and writes nothing", async () => {
    const owner = await createPartnerUser(db(), "COMPANY");
    const member = await addMember(owner);
    const other = await addMember(owner);
    const invitationId = await inviteMember(db(), owner, { email: "in-attesa@example.it", role: "MEMBER" });
    const auditBefore = await db().auditLog.count();
    const invitationsBefore = await db().invitation.count();

    const refusals = [
      inviteMember(db(), member, { email: "intruso@example.it", role: "OWNER" }),
      resendInvitation(db(), asManager(member), { invitationId }),
      revokeInvitation(db(), asManager(member), { invitationId }),
      removeMember(db(), member, { userId: other.user.id }),
      removeMember(db(), member, { userId: owner.user.id }),
      changeMemberRole(db(), member, { userId: member.user.id, role: "OWNER" }),
      transferOwnership(db(), member, { userId: other.user.id }),
      setMemberRepresentative(db(), member, { userId: member.user.id, isLegalRepresentative: true }),
    ];
    for (const refusal of refusals) await expect(refusal).rejects.toThrow(new ForbiddenError("ownersOnly"));

    expect(await db().auditLog.count()).toBe(auditBefore);
    expect(await db().invitation.count()).toBe(invitationsBefore);
    await expect(db().invitation.findUniqueOrThrow({ where: { id: invitationId } })).resolves.toMatchObject({ revokedAt: null });
    await expect(db().membership.count({ where: { organizationId: owner.organization.id } })).resolves.toBe(3);
    await expect(db().membership.findFirstOrThrow({ where: { userId: member.user.id } })).resolves.toMatchObject({ role: "MEMBER", isLegalRepresentative: false });
    // A member sees the people, never the pending invitations.
    const overview = await listMembers(db(), member);
    expect(overview).toMatchObject({ viewerIsOwner: false, invitations: [] });
    expect(overview.members).toHaveLength(3);
  });

  it("does not reach another organisation's invitations or members", async () => {
    const owner = await createPartnerUser(db(), "COMPANY");
    const stranger = await createPartnerUser(db(), "NONPROFIT");
    const invitationId = await inviteMember(db(), owner, { email: "solo-nostro@example.it", role: "MEMBER" });
    await expect(revokeInvitation(db(), asManager(stranger), { invitationId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(resendInvitation(db(), { userId: stranger.user.id, organizationId: null }, { invitationId })).rejects.toThrow(new ForbiddenError("adminsOnly"));
    await expect(removeMember(db(), stranger, { userId: owner.user.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(changeMemberRole(db(), stranger, { userId: owner.user.id, role: "MEMBER" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(setMemberRepresentative(db(), stranger, { userId: owner.user.id, isLegalRepresentative: false })).rejects.toBeInstanceOf(NotFoundError);
    await expect(db().membership.findFirstOrThrow({ where: { userId: owner.user.id } })).resolves.toMatchObject({ role: "OWNER", isLegalRepresentative: true });
  });

  it("keeps the last owner: they cannot leave, be removed or be demoted until they hand over", async () => {
    const owner = await createPartnerUser(db(), "COMPANY");
    const member = await addMember(owner);
    expect(await isLastOwner(db(), owner.user.id, owner.organization.id)).toBe(true);
    expect(await isLastOwner(db(), member.user.id, owner.organization.id)).toBe(false);

    await expect(removeMember(db(), owner, { userId: owner.user.id })).rejects.toThrow(new ValidationError("lastOwner"));
    await expect(changeMemberRole(db(), owner, { userId: owner.user.id, role: "MEMBER" })).rejects.toThrow(new ValidationError("lastOwner"));
    await expect(transferOwnership(db(), owner, { userId: owner.user.id })).rejects.toThrow(new ValidationError("notYourself"));

    await transferOwnership(db(), owner, { userId: member.user.id });
    const roles = await db().membership.findMany({ where: { organizationId: owner.organization.id }, select: { userId: true, role: true } });
    expect(Object.fromEntries(roles.map((row) => [row.userId, row.role]))).toEqual({ [owner.user.id]: "MEMBER", [member.user.id]: "OWNER" });
    await expect(db().auditLog.count({ where: { action: "membership.ownership-transferred", targetId: owner.organization.id } })).resolves.toBe(1);
    // Now the former owner is a member: they may leave, and the new last owner may not.
    await expect(inviteMember(db(), owner, { email: "x@example.it", role: "MEMBER" })).rejects.toBeInstanceOf(ForbiddenError);
    await removeMember(db(), owner, { userId: owner.user.id });
    await expect(db().auditLog.count({ where: { action: "membership.left", actorId: owner.user.id } })).resolves.toBe(1);
    await expect(removeMember(db(), member, { userId: member.user.id })).rejects.toThrow(new ValidationError("lastOwner"));
  });

  it("lets two owners not demote each other at the same time into an organisation without owners", async () => {
    const owner = await createPartnerUser(db(), "NONPROFIT");
    const second = await addMember(owner, "OWNER");
    const results = await Promise.allSettled([
      changeMemberRole(db(), owner, { userId: second.user.id, role: "MEMBER" }),
      changeMemberRole(db(), second, { userId: owner.user.id, role: "MEMBER" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    await expect(db().membership.count({ where: { organizationId: owner.organization.id, role: "OWNER" } })).resolves.toBe(1);
  });

  it("an owner removes a member, changes roles and marks representatives, each audited", async () => {
    const owner = await createPartnerUser(db(), "COMPANY");
    const member = await addMember(owner);
    await setMemberRepresentative(db(), owner, { userId: member.user.id, isLegalRepresentative: "on" as unknown as boolean });
    await expect(db().membership.findFirstOrThrow({ where: { userId: member.user.id } })).resolves.toMatchObject({ isLegalRepresentative: true });
    await changeMemberRole(db(), owner, { userId: member.user.id, role: "OWNER" });
    await changeMemberRole(db(), owner, { userId: member.user.id, role: "MEMBER" });
    await removeMember(db(), owner, { userId: member.user.id });
    await expect(db().membership.count({ where: { userId: member.user.id } })).resolves.toBe(0);
    // The account stays: only the membership goes.
    await expect(db().user.count({ where: { id: member.user.id } })).resolves.toBe(1);
    const actions = await db().auditLog.findMany({ where: { targetId: owner.organization.id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(actions.map((row) => row.action)).toEqual(["membership.legal-representative", "membership.role-changed", "membership.role-changed", "membership.removed"]);
    await expect(removeMember(db(), owner, { userId: member.user.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("an expired link is refused; sending again gives a new link and kills the old one", async () => {
    const owner = await createPartnerUser(db(), "NONPROFIT");
    const invitationId = await inviteMember(db(), owner, { email: "in-ritardo@example.it", role: "OWNER" });
    const oldToken = await tokenMailedTo("in-ritardo@example.it");
    await db().invitation.update({ where: { id: invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(findInvitationByToken(db(), oldToken)).resolves.toMatchObject({ state: "expired" });
    await expect(acceptInvitationWithNewAccount(db(), visitor, { token: oldToken, name: "Rita Tardi", password: strongPassword, privacyConsent: true })).rejects.toThrow(new ValidationError("invitationExpired"));
    expect(await db().user.count({ where: { email: "in-ritardo@example.it" } })).toBe(0);
    expect((await listMembers(db(), owner)).invitations).toEqual([expect.objectContaining({ id: invitationId, expired: true, role: "OWNER" })]);

    await resendInvitation(db(), asManager(owner), { invitationId });
    const newToken = await tokenMailedTo("in-ritardo@example.it");
    expect(newToken).not.toBe(oldToken);
    await expect(findInvitationByToken(db(), oldToken)).rejects.toBeInstanceOf(NotFoundError);
    await acceptInvitationWithNewAccount(db(), visitor, { token: newToken, name: "Rita Tardi", password: strongPassword, privacyConsent: true });
    await expect(db().membership.findFirstOrThrow({ where: { user: { email: "in-ritardo@example.it" } } })).resolves.toMatchObject({ role: "OWNER" });
    await expect(resendInvitation(db(), asManager(owner), { invitationId })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a revoked link is refused, and a new invitation to the same address replaces the pending one", async () => {
    const owner = await createPartnerUser(db(), "COMPANY");
    const first = await inviteMember(db(), owner, { email: "ripensamento@example.it", role: "MEMBER" });
    const firstToken = await tokenMailedTo("ripensamento@example.it");
    const second = await inviteMember(db(), owner, { email: "ripensamento@example.it", role: "MEMBER" });
    await expect(findInvitationByToken(db(), firstToken)).resolves.toMatchObject({ state: "revoked", id: first });
    await revokeInvitation(db(), asManager(owner), { invitationId: second });
    const secondToken = await tokenMailedTo("ripensamento@example.it");
    await expect(acceptInvitationWithNewAccount(db(), visitor, { token: secondToken, name: "Piero Ripensa", password: strongPassword, privacyConsent: true })).rejects.toThrow(new ValidationError("invitationRevoked"));
    await expect(revokeInvitation(db(), asManager(owner), { invitationId: second })).rejects.toBeInstanceOf(NotFoundError);
    await expect(db().auditLog.count({ where: { action: "invitation.revoked", targetId: owner.organization.id } })).resolves.toBe(1);
  });

  it("binds the link to its address: another account is refused, the right one joins", async () => {
    const owner = await createPartnerUser(db(), "NONPROFIT");
    const invitee = await createUser(db());
    const someoneElse = await createUser(db());
    await inviteMember(db(), owner, { email: invitee.email, role: "MEMBER" });
    const token = await tokenMailedTo(invitee.email);
    await expect(findInvitationByToken(db(), token)).resolves.toMatchObject({ accountExists: true });

    await expect(acceptInvitationWithAccount(db(), someoneElse, { token })).rejects.toThrow(new ForbiddenError("wrongEmail"));
    // The address has an account: no second account can be made from the link.
    await expect(acceptInvitationWithNewAccount(db(), visitor, { token, name: "Impostore", password: strongPassword, privacyConsent: true })).rejects.toThrow(new ValidationError("accountExists"));
    expect(await db().membership.count({ where: { organizationId: owner.organization.id } })).toBe(1);

    await expect(acceptInvitationWithAccount(db(), invitee, { token })).resolves.toEqual({ organizationId: owner.organization.id });
    await expect(db().membership.findFirstOrThrow({ where: { userId: invitee.id } })).resolves.toMatchObject({ organizationId: owner.organization.id, role: "MEMBER" });
    await expect(acceptInvitationWithAccount(db(), invitee, { token })).rejects.toThrow(new ValidationError("invitationUsed"));
    await expect(inviteMember(db(), owner, { email: invitee.email, role: "OWNER" })).rejects.toThrow(new ValidationError("alreadyMember", "email"));
  });

  it("does not let an account of another organisation or of the staff join", async () => {
    const owner = await createPartnerUser(db(), "COMPANY");
    const elsewhere = await createPartnerUser(db(), "NONPROFIT");
    const staff = await createUser(db(), { role: "STAFF" });
    await inviteMember(db(), owner, { email: elsewhere.user.email, role: "MEMBER" });
    await inviteMember(db(), owner, { email: staff.email, role: "MEMBER" });
    await expect(acceptInvitationWithAccount(db(), elsewhere.user, { token: await tokenMailedTo(elsewhere.user.email) })).rejects.toThrow(new ValidationError("otherOrganization"));
    await expect(acceptInvitationWithAccount(db(), staff, { token: await tokenMailedTo(staff.email) })).rejects.toThrow(new ValidationError("staffCannotJoin"));
  });

  it("refuses a weak password with its reason, and creates nothing", async () => {
    const owner = await createPartnerUser(db(), "COMPANY");
    await inviteMember(db(), owner, { email: "debole@example.it", role: "MEMBER" });
    const token = await tokenMailedTo("debole@example.it");
    await expect(acceptInvitationWithNewAccount(db(), visitor, { token, name: "Dino Debole", password: "password1234", privacyConsent: true })).rejects.toMatchObject({ name: "ValidationError", field: "password" });
    expect(await db().user.count({ where: { email: "debole@example.it" } })).toBe(0);
    await expect(findInvitationByToken(db(), token)).resolves.toMatchObject({ state: "pending" });
  });

  it("administrators invite staff the same way; partners and staff cannot", async () => {
    const admin = await createUser(db(), { role: "ADMIN" });
    const staff = await createUser(db(), { role: "STAFF" });
    await expect(inviteStaff(db(), { ...staff, role: "STAFF" }, { email: "nuovo.staff@example.it", role: "ADMIN" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(inviteStaff(db(), admin, { email: staff.email, role: "STAFF" })).rejects.toThrow(new ValidationError("accountExists", "email"));
    const invitationId = await inviteStaff(db(), admin, { email: "Nuovo.Staff@example.it", role: "STAFF" });
    const mail = await db().outboxEmail.findFirstOrThrow({ where: { to: "nuovo.staff@example.it" } });
    expect(mail.subject).toContain("staff di Insieme");
    const token = await tokenMailedTo("nuovo.staff@example.it");
    // An owner cannot touch staff invitations.
    const owner = await createPartnerUser(db(), "COMPANY");
    await expect(revokeInvitation(db(), asManager(owner), { invitationId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(revokeInvitation(db(), { userId: staff.id, organizationId: null }, { invitationId })).rejects.toThrow(new ForbiddenError("adminsOnly"));

    await acceptInvitationWithNewAccount(db(), visitor, { token, name: "Sara Staff", password: strongPassword, privacyConsent: true });
    const created = await db().user.findUniqueOrThrow({ where: { email: "nuovo.staff@example.it" }, include: { memberships: true } });
    expect(created).toMatchObject({ role: "STAFF", memberships: [] });
  });

  it("limits invitations per person", async () => {
    const owner = await createPartnerUser(db(), "NONPROFIT");
    await db().rateLimitBucket.create({ data: { key: `invite:user:${owner.user.id}`, count: 20, windowStart: new Date() } });
    await expect(inviteMember(db(), owner, { email: "troppi@example.it", role: "MEMBER" })).rejects.toBeInstanceOf(RateLimitedError);
    expect(await db().invitation.count({ where: { email: "troppi@example.it" } })).toBe(0);
  });

  it("tells the owners (in the app and by e-mail) when someone asks to be invited, and nobody else", async () => {
    const owner = await createPartnerUser(db(), "COMPANY");
    const member = await addMember(owner);
    // A real partita IVA (the form checks the digit), written with spaces as people do.
    const taxCode = `0${String(Date.now()).slice(-9)}`;
    const organization = await db().organization.update({ where: { id: owner.organization.id }, data: { taxCode: taxCode + partitaIvaCheckDigit(taxCode) }, select: { taxCode: true } });
    await requestToJoin(db(), visitor, { taxCode: ` ${organization.taxCode!.slice(0, 5)} ${organization.taxCode!.slice(5)}`, name: "Gino Nuovo", email: "gino.nuovo@example.it" });
    await expect(db().notification.findFirstOrThrow({ where: { userId: owner.user.id, kind: "membership.join-requested" } })).resolves.toMatchObject({
      params: { name: "Gino Nuovo", email: "gino.nuovo@example.it", organizationName: owner.organization.name },
      link: "/workspace/organization/members?invite=gino.nuovo%40example.it",
    });
    expect(await db().notification.count({ where: { userId: member.user.id } })).toBe(0);
    const mail = await db().outboxEmail.findFirstOrThrow({ where: { to: owner.user.email } });
    expect(mail.text).toContain("gino.nuovo@example.it");

    // Someone already in, and an unknown tax code: the same silent answer, nothing sent.
    const mailsBefore = await db().outboxEmail.count();
    await expect(requestToJoin(db(), visitor, { taxCode: organization.taxCode!, name: "Membro", email: member.user.email })).resolves.toBeUndefined();
    await expect(requestToJoin(db(), visitor, { taxCode: `0000000007${partitaIvaCheckDigit("0000000007")}`, name: "Nessuno", email: "nessuno@example.it" })).resolves.toBeUndefined();
    expect(await db().outboxEmail.count()).toBe(mailsBefore);
  });
});
