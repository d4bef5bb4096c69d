import type { Database } from "@/lib/db/client";

/**
 * Marks the actor's notifications as read: the given ones, or all. Scoped to the actor, so
 * another user's ids simply match nothing. Returns how many changed.
 */
export async function markNotificationsRead(
  db: Database,
  actor: { id: string },
  input: { ids?: string[] } = {},
): Promise<number> {
  const { count } = await db.notification.updateMany({
    where: { userId: actor.id, readAt: null, ...(input.ids ? { id: { in: input.ids } } : {}) },
    data: { readAt: new Date() },
  });
  return count;
}
