import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/locales";
import { findManagedInvitation, type InvitationManager } from "./find-managed-invitation";
import { invitedRole, newInvitationToken } from "./invitation-token";
import { limitInvitations } from "./member-limits";
import { invitationIdSchema, type InvitationIdInput } from "./member-schemas";
import { invitationLocale, sendInvitationMail } from "./send-invitation-mail";

/**
 * Sends a pending invitation again with a new link, valid 7 days from now: the old link
 * stops working (only the newest token's hash is kept), so a forwarded old e-mail is dead.
 *
 * @throws NotFoundError / ForbiddenError see findManagedInvitation
 * @throws ConflictError it was accepted or revoked in the meantime
 * @throws RateLimitedError too many invitation e-mails
 */
export async function resendInvitation(db: Database, manager: InvitationManager, rawInput: InvitationIdInput): Promise<void> {
  const { invitationId } = invitationIdSchema.parse(rawInput);
  const invitation = await findManagedInvitation(db, manager, invitationId);
  await limitInvitations(db, manager.userId, manager.organizationId);
  const { token, tokenHash, expiresAt } = newInvitationToken();
  const inviter = await db.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { tokenHash, expiresAt, invitedById: manager.userId },
    });
    if (count === 0) throw new ConflictError("Invitation changed.");
    await recordAudit(tx, {
      actorId: manager.userId,
      action: "invitation.resent",
      targetType: invitation.organizationId ? "Organization" : "User",
      targetId: invitation.organizationId ?? manager.userId,
      after: { invitationId: invitation.id, email: invitation.email },
    });
    return tx.user.findUniqueOrThrow({ where: { id: manager.userId }, select: { name: true } });
  });
  await sendInvitationMail(
    db,
    {
      email: invitation.email,
      locale: await invitationLocale(db, invitation.email, isLocale(invitation.locale) ? invitation.locale : "it"),
      inviterName: inviter.name,
      organizationName: invitation.organization?.name ?? null,
      role: invitedRole(invitation),
      expiresAt,
    },
    token,
  );
}
