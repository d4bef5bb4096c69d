import { recordAudit } from "@/lib/audit/record-audit";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Erases one person's account inside the caller's transaction: the User row goes, and with it
 * (by the schema's cascades) memberships, consents, e-mail links and notifications. What the
 * organisation's partnerships need stays without the person: messages, staff notes, measurements
 * and evaluations lose their author (shown as "former member"), agreement acceptances keep the
 * name and role as signed (a contract's evidence), the audit log keeps its rows with no actor
 * until the log's own retention ends. Contact details of an organisation that were this person's
 * (same name or e-mail) are cleared too.
 */
export async function eraseUser(tx: Prisma.TransactionClient, userId: string, reason: "self" | "organization-closed"): Promise<void> {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { email: true, name: true, memberships: { select: { organizationId: true } } },
  });
  if (!user) return;
  const organizationIds = user.memberships.map((membership) => membership.organizationId);
  await tx.organization.updateMany({ where: { id: { in: organizationIds }, contactEmail: user.email }, data: { contactEmail: null } });
  await tx.organization.updateMany({ where: { id: { in: organizationIds }, contactName: user.name }, data: { contactName: null } });
  // Counters keyed by the address (login failures, e-mail requests) would otherwise keep it a day.
  await tx.rateLimitBucket.deleteMany({ where: { key: { contains: user.email } } });
  // Mail not sent yet would reach an address that no longer has an account.
  await tx.outboxEmail.deleteMany({ where: { to: user.email, status: { in: ["PENDING", "FAILED"] } } });
  await tx.user.delete({ where: { id: userId } });
  // No personal data in this row: the id alone, which no longer names anybody.
  await recordAudit(tx, { actorId: null, action: "account.delete", targetType: "User", targetId: userId, after: { reason } });
}
