import type { Database } from "@/lib/db/client";
import type { SessionClaims, SessionUser } from "./session-user";

/**
 * Turns the claims of a session cookie into the current user, re-reading the user on
 * every request: a disabled account, a role change, "sign out everywhere" (a new
 * sessionVersion) and a logout (a revoked session id) all apply at once, although the
 * cookie itself stays valid until it expires.
 */
export async function loadSessionUser(db: Database, claims: SessionClaims): Promise<SessionUser | null> {
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
