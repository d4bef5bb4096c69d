import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { DATA_EXPORTS_PER_USER, enforceWriteLimits } from "@/lib/rate-limit/write-limits";

/**
 * What of a notification's params the download keeps: the partnership it was about and plain
 * values. Excerpts of others' messages and the names of other people and organisations are
 * theirs, not the reader's (art. 15(4) GDPR: access must not touch others' rights).
 */
const NOTIFICATION_PARAMS_KEPT = new Set(["partnershipTitle", "title", "count", "phase", "fromPhase", "toPhase", "status"]);

function ownParams(params: unknown): Record<string, unknown> {
  if (!params || typeof params !== "object" || Array.isArray(params)) return {};
  return Object.fromEntries(Object.entries(params).filter(([key]) => NOTIFICATION_PARAMS_KEPT.has(key)));
}

/** The format of the download, so a later reader knows what it holds. */
export const USER_EXPORT_FORMAT = "insieme-personal-data/1";

/**
 * Everything Insieme holds about the person, for the right of access and portability (art. 15
 * and 20 GDPR): the account, memberships, consents, the messages they wrote, their
 * notifications, the agreement acceptances they signed and the audit rows about them. Nothing
 * about other people or other organisations: a message's partnership is named by its title
 * only, notifications lose others' names and words, the audit rows are those whose subject
 * is this account.
 */
export async function exportUserData(db: Database, actor: { id: string }, now: Date = new Date()) {
  await enforceWriteLimits(db, [{ key: `export:${actor.id}`, window: DATA_EXPORTS_PER_USER }]);
  const user = await db.user.findUnique({
    where: { id: actor.id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      locale: true,
      emailVerifiedAt: true,
      createdAt: true,
      memberships: {
        select: { role: true, isLegalRepresentative: true, createdAt: true, organization: { select: { id: true, name: true, kind: true, comune: true } } },
      },
      consents: { select: { kind: true, version: true, grantedAt: true, withdrawnAt: true }, orderBy: { grantedAt: "asc" } },
      partnershipMessages: { select: { body: true, createdAt: true, partnership: { select: { id: true, title: true } } }, orderBy: { createdAt: "asc" } },
      notifications: { select: { kind: true, params: true, link: true, readAt: true, createdAt: true }, orderBy: { createdAt: "asc" } },
      agreementAcceptances: { select: { revision: true, side: true, signerName: true, signerRole: true, ipAddress: true, acceptedAt: true, cancelledAt: true, agreement: { select: { partnership: { select: { id: true, title: true } } } } } },
    },
  });
  if (!user) throw new NotFoundError("account");
  const auditRows = await db.auditLog.findMany({
    where: { targetType: "User", targetId: user.id },
    select: { action: true, ipAddress: true, before: true, after: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  await recordAudit(db, { actorId: user.id, action: "account.export", targetType: "User", targetId: user.id });
  const { memberships, consents, partnershipMessages, notifications, agreementAcceptances, ...account } = user;
  return {
    format: USER_EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    account,
    memberships: memberships.map(({ organization, ...membership }) => ({ ...membership, organization })),
    consents,
    messages: partnershipMessages.map(({ partnership, ...message }) => ({ ...message, partnershipId: partnership.id, partnershipTitle: partnership.title })),
    notifications: notifications.map((notification) => ({ ...notification, params: ownParams(notification.params) })),
    agreementAcceptances: agreementAcceptances.map(({ agreement, ...acceptance }) => ({
      ...acceptance,
      partnershipId: agreement.partnership.id,
      partnershipTitle: agreement.partnership.title,
    })),
    auditLog: auditRows,
  };
}
