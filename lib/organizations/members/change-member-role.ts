import type { PartnerActor } from "@/lib/auth/actors";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { assertOwner } from "./assert-owner";
import { lockOrganization } from "./lock-organization";
import { isLastOwner } from "./is-last-owner";
import { limitMemberChanges } from "./member-limits";
import { changeMemberRoleSchema, type ChangeMemberRoleInput } from "./member-schemas";

/**
 * An owner makes a member an owner, or an owner a member (themselves included), as long as
 * one owner is left.
 *
 * @throws ForbiddenError "ownersOnly"
 * @throws ValidationError "lastOwner" demoting the last owner
 * @throws NotFoundError no such member
 */
export async function changeMemberRole(db: Database, actor: PartnerActor, rawInput: ChangeMemberRoleInput): Promise<void> {
  const input = changeMemberRoleSchema.parse(rawInput);
  const organizationId = actor.organization.id;
  await assertOwner(db, actor);
  await limitMemberChanges(db, actor.user.id);
  await db.$transaction(async (tx) => {
    await lockOrganization(tx, organizationId);
    const before = await tx.membership.findUnique({
      where: { userId_organizationId: { userId: input.userId, organizationId } },
      select: { role: true },
    });
    if (!before) throw new NotFoundError("Member not found.");
    if (before.role === input.role) return;
    if (input.role === "MEMBER" && (await isLastOwner(tx, input.userId, organizationId))) throw new ValidationError("lastOwner");
    await tx.membership.update({ where: { userId_organizationId: { userId: input.userId, organizationId } }, data: { role: input.role } });
    await recordAudit(tx, {
      actorId: actor.user.id,
      action: "membership.role-changed",
      targetType: "Organization",
      targetId: organizationId,
      before: { userId: input.userId, role: before.role },
      after: { userId: input.userId, role: input.role },
    });
  });
}
