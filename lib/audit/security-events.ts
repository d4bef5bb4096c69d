import type { Database } from "@/lib/db/client";
import { recordAudit } from "./record-audit";

/** The security events of the audit log. Never a password or a token: only who, what, where. */
export const SECURITY_EVENTS = [
  "auth.login-succeeded",
  "auth.login-failed",
  "auth.logout",
  "user.password-reset",
  "user.change-role",
  "access.refused",
] as const;
export type SecurityEvent = (typeof SECURITY_EVENTS)[number];

/**
 * Records one security event outside any transaction of the request: a refused request
 * rolls its own transaction back, and the record of it must survive that.
 * `targetId` is the user concerned; `email` only what was typed as the login name.
 */
export async function recordSecurityEvent(
  db: Database,
  event: { action: SecurityEvent; actorId: string | null; targetId: string; targetType?: string; ipAddress: string; email?: string; required?: string },
): Promise<void> {
  const after = event.email ? { email: event.email.slice(0, 254) } : event.required ? { required: event.required } : undefined;
  await recordAudit(db, {
    actorId: event.actorId,
    action: event.action,
    targetType: event.targetType ?? "User",
    targetId: event.targetId,
    ipAddress: event.ipAddress ? event.ipAddress.slice(0, 64) : undefined,
    after,
  });
}

/** One refused-access row per actor and target in this window, and at most this many per actor. */
export const REFUSED_ACCESS_WINDOW_MS = 60 * 60 * 1000;
export const REFUSED_ACCESS_PER_ACTOR = 30;

/**
 * Records a refused access (403, or a 404 on another organisation's record) with a bound, so
 * that a scanner repeating a request, or walking through targets, cannot flood the audit
 * log: at most one row per actor and target per hour, and REFUSED_ACCESS_PER_ACTOR rows per
 * actor per hour. Returns whether a row was written.
 */
export async function recordRefusedAccess(
  db: Database,
  event: { actorId: string; targetType: string; targetId: string; ipAddress: string; required?: string },
  now: Date = new Date(),
): Promise<boolean> {
  const recent = { action: "access.refused", actorId: event.actorId, createdAt: { gte: new Date(now.getTime() - REFUSED_ACCESS_WINDOW_MS) } };
  const [sameTarget, byActor] = await Promise.all([
    db.auditLog.count({ where: { ...recent, targetType: event.targetType, targetId: event.targetId } }),
    db.auditLog.count({ where: recent }),
  ]);
  if (sameTarget > 0 || byActor >= REFUSED_ACCESS_PER_ACTOR) return false;
  await recordSecurityEvent(db, { action: "access.refused", ...event });
  return true;
}
