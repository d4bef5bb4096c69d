import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { touchPartnership } from "../access/touch-partnership";
import type { SaveExpectationsInput } from "./negotiation-schemas";

/** Writes what a side expects from the partnership: each side its own, staff either. Empty clears it. */
export async function saveExpectations(db: Database, viewer: PartnershipViewer, input: SaveExpectationsInput, now = new Date()) {
  await db.$transaction(async (tx) => {
    const access = await requirePartnershipAccess(tx, viewer, input.partnershipId);
    if (access.closed) throw new ValidationError("closed");
    if (access.side && input.side !== access.side) throw new ForbiddenError("A partner writes only its own side's expectations.");
    const field = input.side === "COMPANY" ? "companyExpectations" : "nonprofitExpectations";
    const before = await tx.partnership.findUniqueOrThrow({ where: { id: access.partnershipId }, select: { [field]: true } });
    const text = input.text || null;
    await tx.partnership.update({ where: { id: access.partnershipId }, data: { [field]: text } });
    await touchPartnership(tx, access.partnershipId, now);
    await recordAudit(tx, { actorId: viewer.userId, action: "negotiation.expectations", targetType: "Partnership", targetId: access.partnershipId, before, after: { [field]: text } });
  });
}
