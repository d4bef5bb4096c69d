import type { Database } from "@/lib/db/client";
import { RateLimitedError } from "@/lib/errors";
import { countEvent, secondsUntilWindowEnds, type Window } from "./fixed-window";

// Limits on partner writes that reach other people (each message and each interest is
// e-mailed): generous for real use, tight enough that a stolen or runaway account cannot
// flood an organisation's inbox.
export const MESSAGES_PER_USER: Window = { limit: 30, windowSeconds: 10 * 60 };
export const MESSAGES_PER_ORGANIZATION: Window = { limit: 100, windowSeconds: 60 * 60 };
// Uploads fill the database: enough for a day of photos, not for a runaway script.
export const DOCUMENTS_PER_USER: Window = { limit: 60, windowSeconds: 60 * 60 };
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

// The account page: each change is cheap, but the current password is checked on several of
// them, so the limit per person also caps guesses with a stolen session (the login limits do
// not see these checks).
export const ACCOUNT_CHANGES_PER_USER: Window = { limit: 10, windowSeconds: 15 * 60 };
/** An e-mail change sends a link to an address the person chooses: few per hour. */
export const EMAIL_CHANGES_PER_USER: Window = { limit: 3, windowSeconds: 60 * 60 };
/** A data download reads many tables: enough for real use, not for a loop. */
export const DATA_EXPORTS_PER_USER: Window = { limit: 10, windowSeconds: 60 * 60 };
