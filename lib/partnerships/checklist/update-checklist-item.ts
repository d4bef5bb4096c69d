import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { touchPartnership } from "../access/touch-partnership";
import { CHECKLIST_TEMPLATES } from "../checklist-templates";
import { dateToDay } from "@/lib/dates/rome-calendar";
import { toDueDate, type UpdateChecklistItemInput } from "./checklist-schemas";
import { notifyChecklistAssignee } from "./notify-checklist-assignee";
import { isPartnershipPerson } from "./partnership-people";

/**
 * Assigns an item to a person of the partnership (or to nobody) and sets or clears its due
 * date. A new assignee is told; a changed due date may be reminded again when it passes.
 */
export async function updateChecklistItem(db: Database, viewer: PartnershipViewer, input: UpdateChecklistItemInput, now = new Date()) {
  const result = await db.$transaction(async (tx) => {
    const access = await requirePartnershipAccess(tx, viewer, input.partnershipId);
    if (access.closed) throw new ValidationError("closed");
    const item = await tx.checklistItem.findFirst({
      where: { id: input.itemId, partnershipId: access.partnershipId },
      select: { id: true, phase: true, templateKey: true, text: true, assigneeId: true, dueDate: true, partnership: { select: { title: true } } },
    });
    if (!item) throw new NotFoundError("Checklist item not found.");
    const assigneeId = input.assigneeId || null;
    if (assigneeId && assigneeId !== item.assigneeId && !(await isPartnershipPerson(tx, access, assigneeId))) {
      throw new ValidationError("assigneeNotInPartnership", "assigneeId");
    }
    const dueDate = toDueDate(input.dueDate);
    const before = { assigneeId: item.assigneeId, dueDate: item.dueDate ? dateToDay(item.dueDate) : null };
    const after = { assigneeId, dueDate: input.dueDate || null };
    const dueDateChanged = before.dueDate !== after.dueDate;
    await tx.checklistItem.update({
      where: { id: item.id },
      data: { assigneeId, dueDate, ...(dueDateChanged ? { overdueRemindedAt: null } : {}) },
    });
    if (before.assigneeId !== after.assigneeId || dueDateChanged) {
      await touchPartnership(tx, access.partnershipId, now);
      await recordAudit(tx, { actorId: viewer.userId, action: "checklist.update", targetType: "Partnership", targetId: access.partnershipId, before: { itemId: item.id, ...before }, after: { itemId: item.id, ...after } });
    }
    const phase = item.phase;
    const text =
      item.templateKey && phase !== "COMPLETED" && phase !== "DISCONTINUED"
        ? (CHECKLIST_TEMPLATES[phase].find((entry) => entry.key === item.templateKey)?.it ?? item.templateKey)
        : (item.text ?? "");
    return { newAssigneeId: assigneeId !== item.assigneeId ? assigneeId : null, title: item.partnership.title, text, partnershipId: access.partnershipId };
  });
  if (result.newAssigneeId && result.newAssigneeId !== viewer.userId) {
    await notifyChecklistAssignee(db, { assigneeId: result.newAssigneeId, partnershipId: result.partnershipId, partnershipTitle: result.title, itemText: result.text });
  }
}
