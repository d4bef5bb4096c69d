import type { Database } from "@/lib/db/client";
import { isSessionWithinLimits } from "./session-policy";
import type { SessionClaims, SessionUser } from "./session-user";

/**
 * Turns the claims of a session cookie into the current user, re-reading the user on
 * every request: a disabled account, a role change, "sign out everywhere" (a new
 * sessionVersion), a logout (a revoked session id) and the idle and absolute limits all
 * apply at once, whatever the cookie says. Called by the guards and by next-auth's `jwt`
 * callback, so /api/auth/session never refreshes a session this refuses.
 */
export async function loadSessionUser(db: Database, claims: SessionClaims, now: Date = new Date()): Promise<SessionUser | null> {
  if (!isSessionWithinLimits(claims, now)) return null;
  const [user, revoked] = await Promise.all([
    db.user.findUnique({
      where: { id: claims.userId },
      select: { id: true, email: true, name: true, role: true, disabled: true, sessionVersion: true },
    }),
    db.revokedSession.findUnique({ where: { sessionId: claims.sessionId }, select: { sessionId: true } }),
  ]);
  if (!user || user.disabled || revoked || user.sessionVersion !== claims.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
