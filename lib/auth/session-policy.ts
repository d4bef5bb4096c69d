// How long a login lasts (the absolute limit is configured in lib/config).
//
// - Idle limit (8 h, fixed): a session unused for a working day ends. Every use
//   (a page, an action, /api/auth/session) moves the cookie's and the JWT's end forward.
// - Absolute limit (SESSION_ABSOLUTE_DAYS, default 7, at most 30): however active, a
//   session ends this long after the password was typed. A week means a partner who works
//   every day logs in once a week, and a stolen cookie is worth at most a week; 30 days is
//   the ceiling the issue allows for installations that prefer comfort.

import { serverConfig } from "@/lib/config/server-config";

const HOUR = 60 * 60;
const DAY = 24 * HOUR;

export const SESSION_IDLE_SECONDS = 8 * HOUR;
export const SESSION_ABSOLUTE_MAX_DAYS = 30;

/** SESSION_ABSOLUTE_DAYS (1 to 30, checked by lib/config) as seconds. */
export function sessionAbsoluteSeconds(days: number = serverConfig().sessionAbsoluteDays): number {
  return Math.min(Math.max(1, days), SESSION_ABSOLUTE_MAX_DAYS) * DAY;
}

/** When a session that began at `authTime` (seconds since the epoch) must end at the latest. */
export function absoluteEndOf(authTime: number): Date {
  return new Date((authTime + sessionAbsoluteSeconds()) * 1000);
}

/**
 * Whether a session is still inside both limits at `now`: `authTime` is when the password
 * was typed, `lastUse` when the cookie was last issued (its `iat`).
 */
export function isSessionWithinLimits(times: { authTime?: number; lastUse?: number }, now: Date): boolean {
  const seconds = now.getTime() / 1000;
  // A cookie without these claims comes from before the limits existed: it ends now.
  if (typeof times.authTime !== "number" || typeof times.lastUse !== "number") return false;
  if (seconds - times.authTime > sessionAbsoluteSeconds()) return false;
  return seconds - times.lastUse <= SESSION_IDLE_SECONDS;
}

/** The seconds a JWT issued now may live: the idle limit, cut short by the absolute end. */
export function jwtLifetimeSeconds(authTime: number | undefined, now: Date): number {
  if (typeof authTime !== "number") return SESSION_IDLE_SECONDS;
  const untilAbsoluteEnd = Math.floor(absoluteEndOf(authTime).getTime() / 1000 - now.getTime() / 1000);
  return Math.max(0, Math.min(SESSION_IDLE_SECONDS, untilAbsoluteEnd));
}
