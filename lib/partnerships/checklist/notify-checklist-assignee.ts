import type { Database } from "@/lib/db/client";
import { notify } from "@/lib/notifications/notify";
import { notificationEmail } from "@/lib/notifications/render-notification";

/** Tells a person an item was assigned to them, linking to the page they can open (staff or workspace). */
export async function notifyChecklistAssignee(
  db: Database,
  input: { assigneeId: string; partnershipId: string; partnershipTitle: string; itemText: string },
): Promise<void> {
  const assignee = await db.user.findUnique({ where: { id: input.assigneeId }, select: { role: true } });
  if (!assignee) return;
  const link = assignee.role === "PARTNER" ? `/workspace/partnerships/${input.partnershipId}` : `/staff/partnerships/${input.partnershipId}`;
  const params = { partnershipTitle: input.partnershipTitle, itemText: input.itemText };
  await notify(db, {
    userIds: [input.assigneeId],
    kind: "partnership.checklistAssigned",
    params,
    link,
    email: notificationEmail("partnership.checklistAssigned", params, link),
  });
}
