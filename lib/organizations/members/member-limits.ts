import type { Database } from "@/lib/db/client";
import type { Window } from "@/lib/rate-limit/fixed-window";
import { enforceWriteLimits } from "@/lib/rate-limit/write-limits";

// Every invitation is an e-mail to someone outside: an owner inviting a handful of
// colleagues never meets these, a stolen account cannot turn the outbox into a spam cannon.
export const INVITATIONS_PER_USER: Window = { limit: 20, windowSeconds: 60 * 60 };
export const INVITATIONS_PER_ORGANIZATION: Window = { limit: 50, windowSeconds: 24 * 60 * 60 };
/** Role changes, removals and representative flags: no e-mail, a looser limit. */
export const MEMBER_CHANGES_PER_USER: Window = { limit: 60, windowSeconds: 10 * 60 };

/** One more invitation e-mail (sent or sent again) by this person for this organisation (null: the staff). */
export function limitInvitations(db: Database, userId: string, organizationId: string | null): Promise<void> {
  return enforceWriteLimits(db, [
    { key: `invite:user:${userId}`, window: INVITATIONS_PER_USER },
    { key: `invite:org:${organizationId ?? "staff"}`, window: INVITATIONS_PER_ORGANIZATION },
  ]);
}

export function limitMemberChanges(db: Database, userId: string): Promise<void> {
  return enforceWriteLimits(db, [{ key: `members:user:${userId}`, window: MEMBER_CHANGES_PER_USER }]);
}
