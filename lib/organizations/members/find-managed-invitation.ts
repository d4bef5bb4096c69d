import type { Database } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertOwner } from "./assert-owner";

type Reader = Database | Prisma.TransactionClient;

/**
 * Who manages invitations: an owner for its organisation, or an administrator for the
 * staff (`organizationId` null). Actions build it from the guard's answer.
 */
export type InvitationManager = { userId: string; organizationId: string | null };

/**
 * A pending invitation the manager may re-send or revoke. One of another organisation (or
 * a staff one asked for by a partner) is not found; a manager who is no longer an owner or
 * an administrator is refused.
 *
 * @throws NotFoundError no such pending invitation within the manager's reach
 * @throws ForbiddenError "ownersOnly" / "adminsOnly"
 */
export async function findManagedInvitation(db: Reader, manager: InvitationManager, invitationId: string) {
  if (manager.organizationId) {
    await assertOwner(db, { user: { id: manager.userId }, organization: { id: manager.organizationId } });
  } else {
    const user = await db.user.findUnique({ where: { id: manager.userId }, select: { role: true, disabled: true } });
    if (user?.role !== "ADMIN" || user.disabled) throw new ForbiddenError("adminsOnly");
  }
  const invitation = await db.invitation.findFirst({
    where: { id: invitationId, organizationId: manager.organizationId, acceptedAt: null, revokedAt: null },
    select: {
      id: true,
      email: true,
      organizationId: true,
      membershipRole: true,
      staffRole: true,
      locale: true,
      organization: { select: { name: true } },
    },
  });
  if (!invitation) throw new NotFoundError("Invitation not found.");
  return invitation;
}
