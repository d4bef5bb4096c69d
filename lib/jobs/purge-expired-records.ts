import type { Database } from "@/lib/db/client";

/** Rate-limit counters older than this are of no use to any limit (the longest window is an hour). */
const RATE_LIMIT_RETENTION_MS = 24 * 60 * 60 * 1000;
/** Used or expired e-mail links are kept a week, for support questions, then dropped. */
const EMAIL_TOKEN_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

/** Invitations (an address, who invited it) are kept 30 days after their link's end, for "did they get it?", then dropped. */
const INVITATION_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

export type PurgeReport = { rateLimits: number; revokedSessions: number; emailTokens: number; invitations: number };

/**
 * Deletes records that only had to live for a while. Rate-limit keys contain e-mail
 * addresses and IP addresses, and the privacy notice promises to keep those only as long
 * as the security limits need them. Safe to run on several servers at once: deletes by
 * age are idempotent.
 */
export async function purgeExpiredRecords(db: Database, now: Date = new Date()): Promise<PurgeReport> {
  const [rateLimits, revokedSessions, emailTokens, invitations] = await Promise.all([
    db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - RATE_LIMIT_RETENTION_MS) } } }),
    // A revoked session only matters until its cookie would have expired anyway.
    db.revokedSession.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.emailToken.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - EMAIL_TOKEN_RETENTION_MS) } } }),
    // Accepted, revoked or never used alike: past its end a link is dead whatever happened.
    db.invitation.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - INVITATION_RETENTION_MS) } } }),
  ]);
  return { rateLimits: rateLimits.count, revokedSessions: revokedSessions.count, emailTokens: emailTokens.count, invitations: invitations.count };
}
