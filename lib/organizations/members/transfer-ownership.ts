import type { PartnerActor } from "@/lib/auth/actors";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { assertOwner } from "./assert-owner";
import { lockOrganization } from "./lock-organization";
import { limitMemberChanges } from "./member-limits";
import { memberIdSchema, type MemberIdInput } from "./member-schemas";

/**
 * An owner hands ownership to another member: in one transaction the other becomes an
 * owner and the caller a member, so the organisation is never without an owner.
 *
 * @throws ForbiddenError "ownersOnly"
 * @throws ValidationError "notYourself" handing over to oneself
 * @throws NotFoundError the new owner is not a member
 */
export async function transferOwnership(db: Database, actor: PartnerActor, rawInput: MemberIdInput): Promise<void> {
  const { userId } = memberIdSchema.parse(rawInput);
  const organizationId = actor.organization.id;
  if (userId === actor.user.id) throw new ValidationError("notYourself");
  await assertOwner(db, actor);
  await limitMemberChanges(db, actor.user.id);
  await db.$transaction(async (tx) => {
    await lockOrganization(tx, organizationId);
    const promoted = await tx.membership.updateMany({ where: { userId, organizationId, user: { disabled: false } }, data: { role: "OWNER" } });
    if (promoted.count === 0) throw new NotFoundError("Member not found.");
    await tx.membership.update({ where: { userId_organizationId: { userId: actor.user.id, organizationId } }, data: { role: "MEMBER" } });
    await recordAudit(tx, {
      actorId: actor.user.id,
      action: "membership.ownership-transferred",
      targetType: "Organization",
      targetId: organizationId,
      before: { ownerId: actor.user.id },
      after: { ownerId: userId },
    });
  });
}
