/** After this many failed tries a message is FAILED and no longer retried. */
export const MAX_DELIVERY_ATTEMPTS = 8;

const FIRST_DELAY_MS = 60_000;
const LONGEST_DELAY_MS = 2 * 60 * 60_000;

/**
 * How long to wait after the `attempts`-th failed try: 1 min, 2, 4, … doubling, at most
 * 2 hours. Eight tries span about four hours, enough to ride out a mail server's restart
 * or a short outage without hammering it.
 */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_DELAY_MS);
}
