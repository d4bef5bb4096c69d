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
