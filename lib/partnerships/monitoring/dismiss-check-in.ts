import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import { OPEN_CHECK_IN } from "./ask-phase-check-ins";
import { dismissCheckInSchema, type DismissCheckInInput } from "./monitoring-schemas";

/**
 * A partner chooses not to answer its side's open check-in, with a reason staff read: the
 * question leaves the page and is not reminded. A silence said out loud is an answer too.
 * The other side's check-in matches no row (404); staff answer for neither side.
 */
export async function dismissCheckIn(db: Database, viewer: PartnershipViewer, rawInput: DismissCheckInInput, now = new Date()): Promise<void> {
  const input = dismissCheckInSchema.parse(rawInput);
  await db.$transaction(async (tx) => {
    const access = await requirePartnershipAccess(tx, viewer, input.partnershipId);
    if (!access.side) throw new ForbiddenError("Check-ins are answered by the partners.");
    const checkIn = await tx.checkIn.findFirst({
      where: { id: input.checkInId, partnershipId: access.partnershipId, side: access.side },
      select: { id: true, phase: true },
    });
    if (!checkIn) throw new NotFoundError("Check-in not found.");
    const updated = await tx.checkIn.updateMany({
      where: { id: checkIn.id, ...OPEN_CHECK_IN },
      data: { dismissedAt: now, dismissReason: input.reason, dismissedById: viewer.userId },
    });
    if (updated.count === 0) throw new ValidationError("noLongerAsked", "form");
    await recordAudit(tx, {
      actorId: viewer.userId,
      action: "checkIn.dismissed",
      targetType: "CheckIn",
      targetId: checkIn.id,
      after: { partnershipId: access.partnershipId, phase: checkIn.phase, side: access.side, reason: input.reason },
    });
  });
}
