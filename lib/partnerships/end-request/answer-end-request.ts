import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { isPlausibleId } from "@/lib/validation/plausible-id";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import type { PartnershipViewer } from "../access/partnership-viewer";
import type { AnswerEndRequestInput } from "./end-request-schemas";
import { notifyEndRequest } from "./notify-end-request";

/**
 * Staff answer a request to end: agreed (they then complete or discontinue the partnership
 * on the board, with its gates and reason) or "let us talk first". Both parties are told.
 */
export async function answerEndRequest(db: Database, viewer: PartnershipViewer, input: AnswerEndRequestInput, now = new Date()): Promise<void> {
  const result = await db.$transaction(async (tx) => {
    const access = await requirePartnershipAccess(tx, viewer, input.partnershipId);
    if (!access.isStaff) throw new ForbiddenError("staffOnly");
    if (!isPlausibleId(input.requestId)) throw new NotFoundError("Request not found.");
    if (access.closed) throw new ValidationError("closed");
    const updated = await tx.partnershipEndRequest.updateMany({
      where: { id: input.requestId, partnershipId: access.partnershipId, status: "OPEN" },
      data: { status: input.decision, answer: input.answer, answeredById: viewer.userId, answeredAt: now },
    });
    if (updated.count === 0) throw new NotFoundError("Request not found.");
    await recordAudit(tx, {
      actorId: viewer.userId,
      action: "partnership.end-request-answered",
      targetType: "Partnership",
      targetId: access.partnershipId,
      after: { requestId: input.requestId, decision: input.decision, answer: input.answer },
    });
    const partnership = await tx.partnership.findUniqueOrThrow({ where: { id: access.partnershipId }, select: { title: true } });
    return { title: partnership.title, organizationIds: [access.companyId, access.nonprofitId], partnershipId: access.partnershipId };
  });
  await notifyEndRequest(db, {
    kind: input.decision === "CONFIRMED" ? "partnership.endRequestConfirmed" : "partnership.endRequestDiscuss",
    partnershipId: result.partnershipId,
    params: { partnershipTitle: result.title, answer: input.answer },
    staff: false,
    organizationIds: result.organizationIds,
  });
}
