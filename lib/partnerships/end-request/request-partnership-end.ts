import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { touchPartnership } from "../access/touch-partnership";
import type { RequestEndInput } from "./end-request-schemas";
import { notifyEndRequest } from "./notify-end-request";

/**
 * A partner says its party wants to stop ("Vorremmo concludere / interrompere"), with a
 * reason. Staff and the other party are told; staff answer and decide on the board. One
 * open request per party at a time.
 */
export async function requestPartnershipEnd(db: Database, viewer: PartnershipViewer, input: RequestEndInput) {
  const result = await db.$transaction(async (tx) => {
    const access = await requirePartnershipAccess(tx, viewer, input.partnershipId);
    if (!access.side) throw new ForbiddenError("partnersOnly");
    if (access.closed) throw new ValidationError("closed");
    // Serialises two requests of the same party sent at once.
    await tx.$executeRaw`SELECT 1 FROM "Partnership" WHERE "id" = ${access.partnershipId} FOR UPDATE`;
    const open = await tx.partnershipEndRequest.findFirst({ where: { partnershipId: access.partnershipId, side: access.side, status: "OPEN" }, select: { id: true } });
    if (open) throw new ValidationError("alreadyRequested");
    const request = await tx.partnershipEndRequest.create({
      data: { partnershipId: access.partnershipId, side: access.side, intent: input.intent, reason: input.reason, requestedById: viewer.userId },
      select: { id: true, partnership: { select: { title: true } }, requestedBy: { select: { name: true } } },
    });
    await touchPartnership(tx, access.partnershipId);
    await recordAudit(tx, {
      actorId: viewer.userId,
      action: "partnership.end-requested",
      targetType: "Partnership",
      targetId: access.partnershipId,
      after: { requestId: request.id, side: access.side, intent: input.intent, reason: input.reason },
    });
    const otherOrganizationId = access.side === "COMPANY" ? access.nonprofitId : access.companyId;
    return { id: request.id, title: request.partnership.title, name: request.requestedBy?.name ?? "", otherOrganizationId, partnershipId: access.partnershipId };
  });
  await notifyEndRequest(db, {
    kind: input.intent === "COMPLETE" ? "partnership.endRequestedComplete" : "partnership.endRequestedDiscontinue",
    partnershipId: result.partnershipId,
    params: { partnershipTitle: result.title, authorName: result.name, reason: input.reason },
    staff: true,
    organizationIds: [result.otherOrganizationId],
  });
  return { id: result.id };
}
