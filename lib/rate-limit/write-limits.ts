import type { Database } from "@/lib/db/client";
import { RateLimitedError } from "@/lib/errors";
import { countEvent, secondsUntilWindowEnds, type Window } from "./fixed-window";

// Limits on partner writes that reach other people (each message and each interest is
// e-mailed): generous for real use, tight enough that a stolen or runaway account cannot
// flood an organisation's inbox.
export const MESSAGES_PER_USER: Window = { limit: 30, windowSeconds: 10 * 60 };
export const MESSAGES_PER_ORGANIZATION: Window = { limit: 100, windowSeconds: 60 * 60 };
export const INTERESTS_PER_ORGANIZATION: Window = { limit: 10, windowSeconds: 24 * 60 * 60 };

export type Limit = { key: string; window: Window };

/**
 * Counts one write against each limit, in order, and throws RateLimitedError (with the
 * seconds until that window ends) at the first one it passes. A later limit is not
 * counted then: one user's refused attempts do not use up their organisation's share.
 */
export async function enforceWriteLimits(db: Database, limits: Limit[]): Promise<void> {
  for (const { key, window } of limits) {
    if ((await countEvent(db, key, window)) > window.limit) throw new RateLimitedError(await secondsUntilWindowEnds(db, key, window));
  }
}
