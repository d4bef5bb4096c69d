import type { Database } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { touchPartnership } from "../access/touch-partnership";
import type { AddStaffNoteInput } from "./message-schemas";

/**
 * Adds an internal note for CSV staff; partners are refused. Like any change by staff
 * inside the partnership it counts as activity. It stays possible on a closed
 * partnership, like messages.
 */
export async function addStaffNote(db: Database, viewer: PartnershipViewer, input: AddStaffNoteInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const access = await requirePartnershipAccess(tx, viewer, input.partnershipId);
    if (!access.isStaff) throw new ForbiddenError("Staff notes are for CSV staff only.");
    const note = await tx.staffNote.create({
      data: { partnershipId: access.partnershipId, authorId: viewer.userId, body: input.body, createdAt: now },
      select: { id: true },
    });
    await touchPartnership(tx, access.partnershipId, now);
    return note;
  });
}
