import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";
import { findManagedInvitation, type InvitationManager } from "./find-managed-invitation";
import { limitMemberChanges } from "./member-limits";
import { invitationIdSchema, type InvitationIdInput } from "./member-schemas";

/**
 * Revokes a pending invitation: its link answers "no longer valid" from now on.
 *
 * @throws NotFoundError / ForbiddenError see findManagedInvitation
 * @throws ConflictError it was accepted in the meantime
 */
export async function revokeInvitation(db: Database, manager: InvitationManager, rawInput: InvitationIdInput): Promise<void> {
  const { invitationId } = invitationIdSchema.parse(rawInput);
  const invitation = await findManagedInvitation(db, manager, invitationId);
  await limitMemberChanges(db, manager.userId);
  await db.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new ConflictError("Invitation changed.");
    await recordAudit(tx, {
      actorId: manager.userId,
      action: "invitation.revoked",
      targetType: invitation.organizationId ? "Organization" : "User",
      targetId: invitation.organizationId ?? manager.userId,
      after: { invitationId: invitation.id, email: invitation.email },
    });
  });
}
