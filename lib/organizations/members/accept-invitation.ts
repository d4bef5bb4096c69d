import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Database } from "@/lib/db/client";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { notify } from "@/lib/notifications/notify";
import { PRIVACY_CONSENT_KIND, PRIVACY_NOTICE_VERSION } from "@/lib/signup/constants";
import { limitSignups } from "@/lib/signup/rate-limit";
import { claimInvitation, findPendingInvitation, type InvitationView } from "./find-invitation-by-token";
import { acceptWithAccountSchema, acceptWithNewAccountSchema, type AcceptWithAccountInput, type AcceptWithNewAccountInput } from "./member-schemas";

type Grantee = { id: string; name: string };

/** What an accepted invitation gives: a membership (never a representative by default), or a staff role. */
async function grant(tx: Prisma.TransactionClient, invitation: InvitationView, user: Grantee, actorIsNew: boolean): Promise<void> {
  await claimInvitation(tx, invitation.id);
  if (invitation.organizationId) {
    await tx.membership.create({
      data: { userId: user.id, organizationId: invitation.organizationId, role: invitation.role === "OWNER" ? "OWNER" : "MEMBER", isLegalRepresentative: false },
    });
  } else if (!actorIsNew) {
    await tx.user.update({ where: { id: user.id }, data: { role: invitation.role === "ADMIN" ? "ADMIN" : "STAFF" } });
  }
  await recordAudit(tx, {
    actorId: user.id,
    action: "invitation.accepted",
    targetType: invitation.organizationId ? "Organization" : "User",
    targetId: invitation.organizationId ?? user.id,
    after: { invitationId: invitation.id, role: invitation.role },
  });
}

/** The organisation's owners learn in the app that someone joined (no e-mail: they invited them). */
async function tellOwners(db: Database, invitation: InvitationView, user: Grantee): Promise<void> {
  if (!invitation.organizationId) return;
  const owners = await db.membership.findMany({
    where: { organizationId: invitation.organizationId, role: "OWNER", userId: { not: user.id } },
    select: { userId: true },
  });
  await notify(db, {
    userIds: owners.map((owner) => owner.userId),
    kind: "membership.joined",
    params: { name: user.name, organizationName: invitation.organizationName ?? "" },
    link: "/workspace/organization/members",
  });
}

/**
 * Accepts an invitation by creating the account it was sent to: the address is the
 * invitation's (following the link proves it, so it counts as verified), the person
 * chooses name and password under the password policy.
 *
 * @throws NotFoundError unknown link
 * @throws ValidationError "invitationExpired" / "invitationUsed" / "invitationRevoked";
 *   "accountExists" (log in and join with it instead); a weak password on `password`
 * @throws RateLimitedError too many attempts from this address
 */
export async function acceptInvitationWithNewAccount(
  db: Database,
  visitor: { ip: string; locale: Locale },
  rawInput: AcceptWithNewAccountInput,
): Promise<{ email: string }> {
  const input = acceptWithNewAccountSchema.parse(rawInput);
  await limitSignups(db, visitor.ip);
  const invitation = await findPendingInvitation(db, input.token);
  if (invitation.accountExists) throw new ValidationError("accountExists");
  const problem = await passwordProblem(input.password, { email: invitation.email, name: input.name, organizationName: invitation.organizationName ?? undefined });
  if (problem) throw new ValidationError(problem, "password");
  const passwordHash = await hashPassword(input.password);

  const user = await createAccount(db, invitation, input.name, passwordHash, visitor.locale);
  await tellOwners(db, invitation, user);
  return { email: invitation.email };
}

/** The new account and what the invitation grants, in one transaction. */
async function createAccount(db: Database, invitation: InvitationView, name: string, passwordHash: string, locale: Locale): Promise<Grantee> {
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: {
          email: invitation.email,
          name,
          passwordHash,
          role: invitation.organizationId ? "PARTNER" : invitation.role === "ADMIN" ? "ADMIN" : "STAFF",
          locale,
          emailVerifiedAt: new Date(),
        },
        select: { id: true, name: true },
      });
      await tx.consent.create({ data: { userId: created.id, kind: PRIVACY_CONSENT_KIND, version: PRIVACY_NOTICE_VERSION } });
      await grant(tx, invitation, created, true);
      return created;
    });
  } catch (error) {
    // The address got an account (a signup) between the check and now: the unique index said so.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ValidationError("accountExists");
    throw error;
  }
}

/**
 * Accepts an invitation with the account one is signed in with, which must be the very
 * address the invitation was sent to. A person acts for one organisation (the guards pick
 * the membership), so an account that already belongs to one, or a staff account, cannot
 * join another; a staff invitation turns a partner account without organisation into staff.
 *
 * @throws ForbiddenError "wrongEmail" signed in as someone else
 * @throws ValidationError "alreadyMember" / "otherOrganization" / "staffCannotJoin" and the link's states
 */
export async function acceptInvitationWithAccount(db: Database, user: SessionUser, rawInput: AcceptWithAccountInput): Promise<{ organizationId: string | null }> {
  const input = acceptWithAccountSchema.parse(rawInput);
  const invitation = await findPendingInvitation(db, input.token);
  if (invitation.email !== user.email.toLowerCase()) throw new ForbiddenError("wrongEmail");
  const memberships = await db.membership.findMany({ where: { userId: user.id }, select: { organizationId: true } });
  if (invitation.organizationId && memberships.some((membership) => membership.organizationId === invitation.organizationId)) {
    throw new ValidationError("alreadyMember");
  }
  if (memberships.length > 0) throw new ValidationError("otherOrganization");
  if (invitation.organizationId && user.role !== "PARTNER") throw new ValidationError("staffCannotJoin");

  await db.$transaction((tx) => grant(tx, invitation, user, false));
  await tellOwners(db, invitation, user);
  return { organizationId: invitation.organizationId };
}
