import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { notifyStaffOfClosure } from "./notify-staff-of-closure";
import { verifyCurrentPassword } from "./verify-current-password";

/**
 * An owner asks CSV staff to close the organisation. Nothing is erased yet: staff confirm
 * (confirmOrganizationClosure), and the purge job erases the data once the retention period
 * after the closure has passed.
 *
 * @throws ValidationError on `currentPassword`, NotFoundError, ForbiddenError "ownersOnly", ConflictError (already asked)
 */
export async function requestOrganizationClosure(db: Database, actor: { id: string }, input: { organizationId: string; currentPassword: string }): Promise<void> {
  await verifyCurrentPassword(db, actor.id, input.currentPassword);
  const membership = await db.membership.findUnique({
    where: { userId_organizationId: { userId: actor.id, organizationId: input.organizationId } },
    select: { role: true },
  });
  if (!membership) throw new NotFoundError("organization");
  if (membership.role !== "OWNER") throw new ForbiddenError("ownersOnly");
  await db.$transaction(async (tx) => {
    const { count } = await tx.organization.updateMany({
      where: { id: input.organizationId, closureRequestedAt: null, closedAt: null },
      data: { closureRequestedAt: new Date(), closureRequestedById: actor.id },
    });
    if (count === 0) throw new ConflictError("closure already requested");
    await recordAudit(tx, { actorId: actor.id, action: "organization.request-closure", targetType: "Organization", targetId: input.organizationId });
  });
  await notifyStaffOfClosure(db, input.organizationId);
}
