import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { touchPartnership } from "../access/touch-partnership";
import type { DeleteChecklistItemInput } from "./checklist-schemas";

/** Deletes an item the people of the partnership added. The default items of a phase stay. */
export async function deleteChecklistItem(db: Database, viewer: PartnershipViewer, input: DeleteChecklistItemInput, now = new Date()) {
  await db.$transaction(async (tx) => {
    const access = await requirePartnershipAccess(tx, viewer, input.partnershipId);
    if (access.closed) throw new ValidationError("closed");
    const item = await tx.checklistItem.findFirst({ where: { id: input.itemId, partnershipId: access.partnershipId }, select: { id: true, templateKey: true, text: true } });
    if (!item) throw new NotFoundError("Checklist item not found.");
    if (item.templateKey !== null) throw new ValidationError("templateItem");
    await tx.checklistItem.delete({ where: { id: item.id } });
    await touchPartnership(tx, access.partnershipId, now);
    await recordAudit(tx, { actorId: viewer.userId, action: "checklist.delete", targetType: "Partnership", targetId: access.partnershipId, before: { itemId: item.id, text: item.text } });
  });
}
