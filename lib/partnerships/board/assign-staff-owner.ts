import { recordAudit } from "@/lib/audit/record-audit";
import { isStaffRole, type StaffActor } from "@/lib/auth/actors";
import type { Database } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { assignStaffOwnerSchema, type AssignStaffOwnerInput } from "./assign-staff-owner-schema";

export type StaffOwnerResult = { partnershipId: string; staffOwner: { id: string; name: string } | null };

/**
 * Names (or clears) the CSV staff member who follows a partnership. The owner must be an
 * active STAFF or ADMIN user. It does not bump the card's version: a board move in flight
 * stays valid. Staff only; audited.
 */
export async function assignStaffOwner(db: Database, actor: StaffActor, rawInput: AssignStaffOwnerInput): Promise<StaffOwnerResult> {
  if (!isStaffRole(actor.role)) throw new ForbiddenError("Only CSV staff assign partnerships.");
  const { partnershipId, staffOwnerId } = assignStaffOwnerSchema.parse(rawInput);
  return db.$transaction(async (tx) => {
    const current = await tx.partnership.findUnique({
      where: { id: partnershipId },
      select: { staffOwner: { select: { id: true, name: true } } },
    });
    if (!current) throw new NotFoundError("Partnership not found.");
    let owner: { id: string; name: string } | null = null;
    if (staffOwnerId) {
      owner = await tx.user.findFirst({
        where: { id: staffOwnerId, role: { in: ["STAFF", "ADMIN"] }, disabled: false },
        select: { id: true, name: true },
      });
      if (!owner) throw new ValidationError("ownerInvalid", "staffOwnerId");
    }
    if ((current.staffOwner?.id ?? null) === (owner?.id ?? null)) return { partnershipId, staffOwner: owner };
    await tx.partnership.update({ where: { id: partnershipId }, data: { staffOwnerId: owner?.id ?? null } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "partnership.staffOwner",
      targetType: "Partnership",
      targetId: partnershipId,
      before: { staffOwnerId: current.staffOwner?.id ?? null, staffOwnerName: current.staffOwner?.name ?? null },
      after: { staffOwnerId: owner?.id ?? null, staffOwnerName: owner?.name ?? null },
    });
    return { partnershipId, staffOwner: owner };
  });
}
