import type { Database } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import { touchPartnership } from "../access/touch-partnership";
import { OPEN_CHECK_IN } from "./ask-phase-check-ins";
import { answerCheckInSchema, type AnswerCheckInInput } from "./monitoring-schemas";

/**
 * A partner answers its side's check-in: how the relationship is going (1–5) and an
 * optional comment. Only an open check-in: not one already answered, dismissed, or
 * superseded by a later phase's. The other side's check-in matches no row (404).
 */
export async function answerCheckIn(db: Database, viewer: PartnershipViewer, rawInput: AnswerCheckInInput): Promise<void> {
  const input = answerCheckInSchema.parse(rawInput);
  await db.$transaction(async (tx) => {
    const access = await requirePartnershipAccess(tx, viewer, input.partnershipId);
    if (!access.side) throw new ForbiddenError("Check-ins are answered by the partners.");
    const checkIn = await tx.checkIn.findFirst({
      where: { id: input.checkInId, partnershipId: access.partnershipId, side: access.side },
      select: { id: true, answeredAt: true },
    });
    if (!checkIn) throw new NotFoundError("Check-in not found.");
    // Conditional update: two members of the same side answering at once, only one counts.
    const updated = await tx.checkIn.updateMany({
      where: { id: checkIn.id, ...OPEN_CHECK_IN },
      data: { rating: input.rating, comment: input.comment ?? null, answeredAt: new Date(), answeredById: viewer.userId },
    });
    if (updated.count === 0) throw new ValidationError(checkIn.answeredAt ? "alreadyAnswered" : "noLongerAsked", "form");
    await touchPartnership(tx, access.partnershipId);
  });
}
