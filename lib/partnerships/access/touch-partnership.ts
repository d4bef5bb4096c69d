import type { Database } from "@/lib/db/client";

type Writer = Pick<Database, "partnership">;

/**
 * Records that something happened inside a partnership (a message, a ticked item, a
 * measurement...). The board flags partnerships with no activity for 30 days, and the
 * inactivity reminder may go out again after new activity.
 */
export async function touchPartnership(db: Writer, partnershipId: string, now = new Date()): Promise<void> {
  await db.partnership.update({
    where: { id: partnershipId },
    data: { lastActivityAt: now, inactivityRemindedAt: null },
  });
}
