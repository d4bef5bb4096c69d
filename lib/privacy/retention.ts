// Every retention time of Insieme, in one place. The purge job (lib/jobs/purge-expired-records.ts)
// computes its cut-offs from these values and the privacy notice (/privacy) quotes them, so
// what the notice promises and what the job does cannot drift apart. Change a value here and
// both follow; change what the job erases and update the notice's sentences (lib/i18n,
// section "privacyRetention") in the same commit.

export const RETENTION = {
  /**
   * Rate-limit counters hold e-mail and IP addresses. The longest window of any limit is a
   * day (interests per organisation, lib/rate-limit/write-limits.ts), so a counter is
   * useless 24 hours after its window began.
   */
  rateLimitCounterHours: 24,
  /** Used or expired e-mail links (verification, reset, e-mail change), kept for support questions. */
  emailLinkDaysAfterExpiry: 7,
  /** Invitations to join (an address, who invited it), kept after their link's end for "did they get it?". */
  invitationDaysAfterExpiry: 30,
  /** Sent or failed e-mails in the outbox (they hold the recipient and the text). */
  sentEmailDays: 30,
  /** The audit log: security events and important operations. */
  auditLogMonths: 12,
  /** A closed organisation (closure confirmed by staff): its data and its members' accounts. */
  closedOrganizationMonths: 12,
  /**
   * A completed or discontinued partnership, with its agreement and acceptances: the
   * agreement is a contract, and the ordinary limitation period for contracts in Italy is
   * ten years (art. 2946 of the Civil Code).
   */
  endedPartnershipYears: 10,
} as const;

export type RetentionValues = typeof RETENTION;

function monthsBefore(now: Date, months: number): Date {
  const date = new Date(now);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date;
}

/** The instants before which each kind of record is erased by a purge run at `now`. */
export function retentionCutoffs(now: Date) {
  return {
    rateLimitWindowStartedBefore: new Date(now.getTime() - RETENTION.rateLimitCounterHours * 3_600_000),
    emailLinkExpiredBefore: new Date(now.getTime() - RETENTION.emailLinkDaysAfterExpiry * 86_400_000),
    invitationExpiredBefore: new Date(now.getTime() - RETENTION.invitationDaysAfterExpiry * 86_400_000),
    sentEmailCreatedBefore: new Date(now.getTime() - RETENTION.sentEmailDays * 86_400_000),
    auditLogCreatedBefore: monthsBefore(now, RETENTION.auditLogMonths),
    organizationClosedBefore: monthsBefore(now, RETENTION.closedOrganizationMonths),
    partnershipEndedBefore: monthsBefore(now, RETENTION.endedPartnershipYears * 12),
  };
}
