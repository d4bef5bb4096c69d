import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { isPlausibleId } from "@/lib/validation/plausible-id";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import type { PartnershipViewer } from "../access/partnership-viewer";
import type { WithdrawEndRequestInput } from "./end-request-schemas";
import { notifyEndRequest } from "./notify-end-request";

/** The party that asked to end takes it back (any member of that party); staff and the other party are told. */
export async function withdrawEndRequest(db: Database, viewer: PartnershipViewer, input: WithdrawEndRequestInput): Promise<void> {
  const result = await db.$transaction(async (tx) => {
    const access = await requirePartnershipAccess(tx, viewer, input.partnershipId);
    if (!isPlausibleId(input.requestId)) throw new NotFoundError("Request not found.");
    if (!access.side) throw new ForbiddenError("partnersOnly");
    const updated = await tx.partnershipEndRequest.updateMany({
      where: { id: input.requestId, partnershipId: access.partnershipId, side: access.side, status: "OPEN" },
      data: { status: "WITHDRAWN" },
    });
    if (updated.count === 0) throw new NotFoundError("Request not found.");
    await recordAudit(tx, { actorId: viewer.userId, action: "partnership.end-request-withdrawn", targetType: "Partnership", targetId: access.partnershipId, after: { requestId: input.requestId } });
    const partnership = await tx.partnership.findUniqueOrThrow({ where: { id: access.partnershipId }, select: { title: true } });
    return { title: partnership.title, otherOrganizationId: access.side === "COMPANY" ? access.nonprofitId : access.companyId, partnershipId: access.partnershipId };
  });
  await notifyEndRequest(db, {
    kind: "partnership.endRequestWithdrawn",
    partnershipId: result.partnershipId,
    params: { partnershipTitle: result.title },
    staff: true,
    organizationIds: [result.otherOrganizationId],
  });
}
