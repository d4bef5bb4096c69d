import type { z } from "zod";
import type { Database } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { touchPartnership } from "../access/touch-partnership";
import { deleteActivitySchema } from "./programme-schemas";
import { requireWritableAccess } from "./require-writable-access";

/** Removes an activity or milestone of the partnership. */
export async function deleteActivity(db: Database, viewer: PartnershipViewer, input: z.input<typeof deleteActivitySchema>): Promise<void> {
  const data = deleteActivitySchema.parse(input);
  await db.$transaction(async (tx) => {
    const access = await requireWritableAccess(tx, viewer, data.partnershipId);
    const { count } = await tx.activity.deleteMany({ where: { id: data.activityId, partnershipId: access.partnershipId } });
    if (count === 0) throw new NotFoundError("Activity not found.");
    await touchPartnership(tx, access.partnershipId);
  });
}
