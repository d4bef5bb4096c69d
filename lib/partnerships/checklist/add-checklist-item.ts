import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { touchPartnership } from "../access/touch-partnership";
import { toDueDate, type AddChecklistItemInput } from "./checklist-schemas";
import { notifyChecklistAssignee } from "./notify-checklist-assignee";
import { isPartnershipPerson } from "./partnership-people";

/**
 * Adds an item of the partners' own to the current phase's checklist, optionally assigned
 * to a person of the partnership and with a due date. The assignee is told.
 */
export async function addChecklistItem(db: Database, viewer: PartnershipViewer, input: AddChecklistItemInput, now = new Date()) {
  const result = await db.$transaction(async (tx) => {
    const access = await requirePartnershipAccess(tx, viewer, input.partnershipId);
    if (access.closed) throw new ValidationError("closed");
    const assigneeId = input.assigneeId || null;
    if (assigneeId && !(await isPartnershipPerson(tx, access, assigneeId))) throw new ValidationError("assigneeNotInPartnership", "assigneeId");
    const last = await tx.checklistItem.aggregate({ where: { partnershipId: access.partnershipId, phase: access.phase }, _max: { position: true } });
    const item = await tx.checklistItem.create({
      data: {
        partnershipId: access.partnershipId,
        phase: access.phase,
        text: input.text,
        position: Math.max(100, (last._max.position ?? 0) + 1),
        assigneeId,
        dueDate: toDueDate(input.dueDate),
        createdById: viewer.userId,
      },
      select: { id: true, partnership: { select: { title: true } } },
    });
    await touchPartnership(tx, access.partnershipId, now);
    await recordAudit(tx, {
      actorId: viewer.userId,
      action: "checklist.add",
      targetType: "Partnership",
      targetId: access.partnershipId,
      after: { itemId: item.id, text: input.text, assigneeId, dueDate: input.dueDate || null },
    });
    return { id: item.id, title: item.partnership.title, assigneeId, partnershipId: access.partnershipId };
  });
  if (result.assigneeId && result.assigneeId !== viewer.userId) {
    await notifyChecklistAssignee(db, { assigneeId: result.assigneeId, partnershipId: result.partnershipId, partnershipTitle: result.title, itemText: input.text });
  }
  return { id: result.id };
}

