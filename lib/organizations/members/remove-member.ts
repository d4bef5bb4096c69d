import type { PartnerActor } from "@/lib/auth/actors";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { assertOwner } from "./assert-owner";
import { lockOrganization } from "./lock-organization";
import { isLastOwner } from "./is-last-owner";
import { limitMemberChanges } from "./member-limits";
import { memberIdSchema, type MemberIdInput } from "./member-schemas";

/**
 * An owner removes a member, or anyone leaves (`userId` is their own). The person keeps
 * their account but no longer acts for the organisation: requirePartner() reads the
 * membership on every request, so their very next request is refused.
 *
 * @throws ForbiddenError "ownersOnly" removing someone else without being an owner
 * @throws ValidationError "lastOwner" the organisation's last owner cannot go
 * @throws NotFoundError no such member in the organisation
 */
export async function removeMember(db: Database, actor: PartnerActor, rawInput: MemberIdInput): Promise<void> {
  const { userId } = memberIdSchema.parse(rawInput);
  const organizationId = actor.organization.id;
  const leaving = userId === actor.user.id;
  if (!leaving) await assertOwner(db, actor);
  await limitMemberChanges(db, actor.user.id);
  await db.$transaction(async (tx) => {
    await lockOrganization(tx, organizationId);
    if (await isLastOwner(tx, userId, organizationId)) throw new ValidationError("lastOwner");
    const removed = await tx.membership.deleteMany({ where: { userId, organizationId } });
    if (removed.count === 0) throw new NotFoundError("Member not found.");
    await recordAudit(tx, {
      actorId: actor.user.id,
      action: leaving ? "membership.left" : "membership.removed",
      targetType: "Organization",
      targetId: organizationId,
      after: { userId },
    });
  });
}
