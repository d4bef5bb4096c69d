import type { z } from "zod";
import type { Database } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { touchPartnership } from "../access/touch-partnership";
import { setActivityDoneSchema } from "./programme-schemas";
import { requireWritableAccess } from "./require-writable-access";

/** Ticks an activity as done, or back to to-do. */
export async function setActivityDone(db: Database, viewer: PartnershipViewer, input: z.input<typeof setActivityDoneSchema>, now = new Date()): Promise<void> {
  const data = setActivityDoneSchema.parse(input);
  await db.$transaction(async (tx) => {
    const access = await requireWritableAccess(tx, viewer, data.partnershipId);
    const { count } = await tx.activity.updateMany({
      where: { id: data.activityId, partnershipId: access.partnershipId },
      data: { doneAt: data.done ? now : null },
    });
    if (count === 0) throw new NotFoundError("Activity not found.");
    await touchPartnership(tx, access.partnershipId, now);
  });
}
