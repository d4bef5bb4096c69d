import { recordAudit } from "@/lib/audit/record-audit";
import type { StaffActor } from "@/lib/auth/actors";
import { assertStaff } from "@/lib/organizations/assert-staff";
import type { Database } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";

/**
 * Staff confirm an owner's request to close the organisation: it leaves matching (SUSPENDED),
 * every session of its members ends, and the retention period of a closed organisation starts
 * (lib/privacy/retention.ts). Its partnerships must have ended first (completed or
 * discontinued on the board), so that no running partnership loses a party.
 *
 * @throws NotFoundError (no pending request), ValidationError "partnershipsStillOpen"
 */
export async function confirmOrganizationClosure(db: Database, actor: StaffActor, input: { organizationId: string }): Promise<void> {
  assertStaff(actor);
  await db.$transaction(async (tx) => {
    const organization = await tx.organization.findFirst({
      where: { id: input.organizationId, closureRequestedAt: { not: null }, closedAt: null },
      select: { id: true, status: true },
    });
    if (!organization) throw new NotFoundError("organization");
    const open = await tx.partnership.count({
      where: { phase: { notIn: ["COMPLETED", "DISCONTINUED"] }, OR: [{ companyId: organization.id }, { nonprofitId: organization.id }] },
    });
    if (open > 0) throw new ValidationError("partnershipsStillOpen");
    await tx.organization.update({ where: { id: organization.id }, data: { closedAt: new Date(), status: "SUSPENDED" } });
    await tx.user.updateMany({ where: { memberships: { some: { organizationId: organization.id } } }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit(tx, { actorId: actor.id, action: "organization.close", targetType: "Organization", targetId: organization.id, before: { status: organization.status } });
  });
}
