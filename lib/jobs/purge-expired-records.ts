import { eraseUser } from "@/lib/account/erase-user";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { retentionCutoffs } from "@/lib/privacy/retention";

export type PurgeReport = {
  rateLimits: number;
  revokedSessions: number;
  emailTokens: number;
  invitations: number;
  sentEmails: number;
  emailDigests: number;
  auditLog: number;
  partnerships: number;
  organizationsErased: number;
  organizationsDeleted: number;
};

/**
 * Erases what has outlived its retention time (lib/privacy/retention.ts, quoted by the privacy
 * notice). Safe to run on several servers at once: deletes by age are idempotent, and an
 * organisation is erased under a conditional update that only one run wins.
 */
export async function purgeExpiredRecords(db: Database, now: Date = new Date()): Promise<PurgeReport> {
  const cutoff = retentionCutoffs(now);
  const [rateLimits, revokedSessions, emailTokens, invitations, sentEmails, emailDigests, auditLog] = await Promise.all([
    db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: cutoff.rateLimitWindowStartedBefore } } }),
    // A revoked session only matters until its cookie would have expired anyway.
    db.revokedSession.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.emailToken.deleteMany({ where: { expiresAt: { lt: cutoff.emailLinkExpiredBefore } } }),
    // Accepted, revoked or never used alike: past its end a link is dead whatever happened.
    db.invitation.deleteMany({ where: { expiresAt: { lt: cutoff.invitationExpiredBefore } } }),
    db.outboxEmail.deleteMany({ where: { status: { in: ["SENT", "FAILED"] }, createdAt: { lt: cutoff.sentEmailCreatedBefore } } }),
    // The record that a person's digest of a day went out: kept as long as the e-mail itself.
    db.emailDigest.deleteMany({ where: { createdAt: { lt: cutoff.sentEmailCreatedBefore } } }),
    db.auditLog.deleteMany({ where: { createdAt: { lt: cutoff.auditLogCreatedBefore } } }),
  ]);
  const partnerships = await purgeEndedPartnerships(db, cutoff.partnershipEndedBefore);
  const organizationsErased = await eraseClosedOrganizations(db, cutoff.organizationClosedBefore, now);
  // An erased organisation's row stays while a partnership still names it (the other party's history).
  const organizationsDeleted = await db.organization.deleteMany({
    where: { erasedAt: { not: null }, companyPartnerships: { none: {} }, nonprofitPartnerships: { none: {} } },
  });
  return {
    rateLimits: rateLimits.count,
    revokedSessions: revokedSessions.count,
    emailTokens: emailTokens.count,
    invitations: invitations.count,
    sentEmails: sentEmails.count,
    emailDigests: emailDigests.count,
    auditLog: auditLog.count,
    partnerships,
    organizationsErased,
    organizationsDeleted: organizationsDeleted.count,
  };
}

/** Partnerships that ended before the cut-off, with everything under them (the schema cascades). */
async function purgeEndedPartnerships(db: Database, endedBefore: Date): Promise<number> {
  const ended = await db.partnership.findMany({ where: { endedAt: { lt: endedBefore }, phase: { in: ["COMPLETED", "DISCONTINUED"] } }, select: { id: true } });
  if (ended.length === 0) return 0;
  const ids = ended.map((row) => row.id);
  // A renewal keeps living on its own: only the link to the erased original goes.
  await db.partnership.updateMany({ where: { renewedFromId: { in: ids } }, data: { renewedFromId: null } });
  const { count } = await db.partnership.deleteMany({ where: { id: { in: ids } } });
  return count;
}

/**
 * Organisations closed before the cut-off: the accounts of people who belonged to no other
 * organisation, the memberships, the questionnaire, interests and contact details go. The name,
 * kind and comune stay while a partnership names the organisation, so the other party's history reads.
 */
async function eraseClosedOrganizations(db: Database, closedBefore: Date, now: Date): Promise<number> {
  const due = await db.organization.findMany({ where: { closedAt: { lt: closedBefore }, erasedAt: null }, select: { id: true } });
  let erased = 0;
  for (const { id } of due) {
    const done = await db.$transaction(async (tx) => {
      const { count } = await tx.organization.updateMany({
        where: { id, erasedAt: null },
        data: { erasedAt: now, taxCode: null, externalId: null, contactName: null, contactEmail: null, contactPhone: null, website: null, reviewNote: null },
      });
      if (count === 0) return false;
      const members = await tx.membership.findMany({
        where: { organizationId: id },
        select: { userId: true, user: { select: { role: true, _count: { select: { memberships: true } } } } },
      });
      for (const member of members) {
        if (member.user.role === "PARTNER" && member.user._count.memberships === 1) await eraseUser(tx, member.userId, "organization-closed");
      }
      await tx.membership.deleteMany({ where: { organizationId: id } });
      await tx.organizationProfile.deleteMany({ where: { organizationId: id } });
      await tx.interest.deleteMany({ where: { OR: [{ fromOrganizationId: id }, { toOrganizationId: id }] } });
      await tx.dismissedSuggestion.deleteMany({ where: { OR: [{ organizationId: id }, { dismissedOrganizationId: id }] } });
      await recordAudit(tx, { actorId: null, action: "organization.erase", targetType: "Organization", targetId: id });
      return true;
    });
    if (done) erased += 1;
  }
  return erased;
}
