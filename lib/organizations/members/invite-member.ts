import type { PartnerActor } from "@/lib/auth/actors";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { assertOwner } from "./assert-owner";
import { newInvitationToken } from "./invitation-token";
import { limitInvitations } from "./member-limits";
import { inviteMemberSchema, type InviteMemberInput } from "./member-schemas";
import { invitationLocale, sendInvitationMail } from "./send-invitation-mail";

/**
 * An owner invites someone to the organisation by e-mail. A pending invitation to the same
 * address is replaced (its link stops working), so one address has one live link.
 *
 * @throws ForbiddenError "ownersOnly" the caller is not an owner
 * @throws ValidationError "alreadyMember" on `email`: that address is already a member
 * @throws RateLimitedError too many invitations
 * @returns the invitation's id
 */
export async function inviteMember(db: Database, actor: PartnerActor, rawInput: InviteMemberInput): Promise<string> {
  const input = inviteMemberSchema.parse(rawInput);
  await assertOwner(db, actor);
  await limitInvitations(db, actor.user.id, actor.organization.id);
  const organizationId = actor.organization.id;
  const { token, tokenHash, expiresAt } = newInvitationToken();
  const locale = await invitationLocale(db, input.email, input.locale);

  const created = await db.$transaction(async (tx) => {
    const member = await tx.membership.findFirst({ where: { organizationId, user: { email: input.email } }, select: { id: true } });
    if (member) throw new ValidationError("alreadyMember", "email");
    await tx.invitation.updateMany({
      where: { organizationId, email: input.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const invitation = await tx.invitation.create({
      data: { email: input.email, organizationId, membershipRole: input.role, locale, tokenHash, expiresAt, invitedById: actor.user.id },
      select: { id: true, organization: { select: { name: true } }, invitedBy: { select: { name: true } } },
    });
    await recordAudit(tx, {
      actorId: actor.user.id,
      action: "invitation.sent",
      targetType: "Organization",
      targetId: organizationId,
      after: { invitationId: invitation.id, email: input.email, role: input.role },
    });
    return invitation;
  });

  await sendInvitationMail(
    db,
    {
      email: input.email,
      locale,
      inviterName: created.invitedBy?.name ?? "",
      organizationName: created.organization?.name ?? "",
      role: input.role,
      expiresAt,
    },
    token,
  );
  return created.id;
}
