import type { Database } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { touchPartnership } from "../access/touch-partnership";
import type { SetChecklistItemDoneInput } from "./checklist-schemas";

/** Ticks an item (who and when) or unticks it. Ticking an already ticked item keeps the first tick. */
export async function setChecklistItemDone(db: Database, viewer: PartnershipViewer, input: SetChecklistItemDoneInput, now = new Date()) {
  await db.$transaction(async (tx) => {
    const access = await requirePartnershipAccess(tx, viewer, input.partnershipId);
    if (access.closed) throw new ValidationError("closed");
    const item = await tx.checklistItem.findFirst({ where: { id: input.itemId, partnershipId: access.partnershipId }, select: { id: true, doneAt: true } });
    if (!item) throw new NotFoundError("Checklist item not found.");
    if (input.done === (item.doneAt !== null)) return;
    await tx.checklistItem.update({
      where: { id: item.id },
      data: input.done ? { doneAt: now, doneById: viewer.userId } : { doneAt: null, doneById: null },
    });
    await touchPartnership(tx, access.partnershipId, now);
  });
}
