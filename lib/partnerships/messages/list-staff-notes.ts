import type { Database } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import type { PartnershipViewer } from "../access/partnership-viewer";

export type StaffNoteView = { id: string; body: string; createdAt: Date; authorName: string | null };

/**
 * CSV staff's internal notes on a partnership, newest first. Never for partners: a partner
 * of another organisation does not even learn the partnership exists (NotFoundError), one of
 * its own is refused (ForbiddenError). The partner page never calls this.
 */
export async function listStaffNotes(db: Database, viewer: PartnershipViewer, input: { partnershipId: string }): Promise<StaffNoteView[]> {
  const access = await requirePartnershipAccess(db, viewer, input.partnershipId);
  if (!access.isStaff) throw new ForbiddenError("Staff notes are for CSV staff only.");
  const rows = await db.staffNote.findMany({
    where: { partnershipId: access.partnershipId },
    select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map((row) => ({ id: row.id, body: row.body, createdAt: row.createdAt, authorName: row.author?.name ?? null }));
}
