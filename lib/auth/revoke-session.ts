import type { Database } from "@/lib/db/client";

/** Ends one session (logout): its cookie is refused from now until it would expire. */
export async function revokeSession(db: Database, sessionId: string, expiresAt: Date): Promise<void> {
  await db.revokedSession.upsert({
    where: { sessionId },
    create: { sessionId, expiresAt },
    update: {},
  });
}

/** Ends every session of a user, on every device. */
export async function revokeAllSessions(db: Database, userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
