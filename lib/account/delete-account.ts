import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { isLastOwner } from "@/lib/organizations/members/is-last-owner";
import type { DeleteAccountInput } from "./account-schemas";
import { eraseUser } from "./erase-user";
import { notifyStaffOfClosure } from "./notify-staff-of-closure";
import { verifyCurrentPassword } from "./verify-current-password";

/**
 * A partner deletes their own account, with their password (see eraseUser for what goes and
 * what stays). The last owner of an organisation that has other members must hand over
 * ownership first. The only member of an organisation leaves it without anybody: the
 * organisation's closure is asked for at once, for staff to confirm.
 * Staff accounts are closed by an administrator (/admin/users), not here.
 *
 * @throws ValidationError on `currentPassword`, ForbiddenError "handOverFirst" or "staffAccount"
 */
export async function deleteAccount(db: Database, actor: { id: string }, input: DeleteAccountInput): Promise<void> {
  const user = await verifyCurrentPassword(db, actor.id, input.currentPassword);
  if (user.role !== "PARTNER") throw new ForbiddenError("staffAccount");
  const closing = await db.$transaction(async (tx) => {
    const asked: string[] = [];
    const memberships = await tx.membership.findMany({
      where: { userId: user.id },
      select: { organizationId: true, organization: { select: { _count: { select: { memberships: true } } } } },
    });
    for (const membership of memberships) {
      const others = membership.organization._count.memberships - 1;
      if (others > 0 && (await isLastOwner(tx, user.id, membership.organizationId))) throw new ForbiddenError("handOverFirst");
      if (others === 0) {
        // Nobody is left to answer an interest or a message: out of suggestions and the
        // directory at once (SUSPENDED), not only once staff confirm the closure.
        await tx.organization.update({ where: { id: membership.organizationId }, data: { status: "SUSPENDED" } });
        const { count } = await tx.organization.updateMany({
          where: { id: membership.organizationId, closureRequestedAt: null },
          data: { closureRequestedAt: new Date(), closureRequestedById: null },
        });
        if (count > 0) {
          asked.push(membership.organizationId);
          await recordAudit(tx, { actorId: user.id, action: "organization.request-closure", targetType: "Organization", targetId: membership.organizationId, after: { reason: "last-member-deleted" } });
        }
      }
    }
    await eraseUser(tx, user.id, "self");
    return asked;
  });
  for (const organizationId of closing) await notifyStaffOfClosure(db, organizationId);
}
