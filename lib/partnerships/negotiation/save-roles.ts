import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { touchPartnership } from "../access/touch-partnership";
import type { SaveRolesInput } from "./negotiation-schemas";

/** Writes the shared text of roles and responsibilities: either side or staff. Empty clears it. */
export async function saveRoles(db: Database, viewer: PartnershipViewer, input: SaveRolesInput, now = new Date()) {
  await db.$transaction(async (tx) => {
    const access = await requirePartnershipAccess(tx, viewer, input.partnershipId);
    if (access.closed) throw new ValidationError("closed");
    const before = await tx.partnership.findUniqueOrThrow({ where: { id: access.partnershipId }, select: { roles: true } });
    const roles = input.text || null;
    await tx.partnership.update({ where: { id: access.partnershipId }, data: { roles } });
    await touchPartnership(tx, access.partnershipId, now);
    await recordAudit(tx, { actorId: viewer.userId, action: "negotiation.roles", targetType: "Partnership", targetId: access.partnershipId, before, after: { roles } });
  });
}
