/** How often a page with a person active on it asks for the session cookie to be re-issued. */
export const SESSION_REFRESH_EVERY_MS = 5 * 60 * 1000;

/**
 * Whether activity at `now` should re-issue the session cookie: on the first activity of a
 * page load, then at most every SESSION_REFRESH_EVERY_MS. Far below the 8-hour idle limit,
 * so that continuous activity never lets the session lapse.
 */
export function isSessionRefreshDue(lastRefresh: number | null, now: number): boolean {
  return lastRefresh === null || now - lastRefresh >= SESSION_REFRESH_EVERY_MS;
}
