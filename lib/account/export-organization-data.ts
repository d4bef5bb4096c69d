import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { DATA_EXPORTS_PER_USER, enforceWriteLimits } from "@/lib/rate-limit/write-limits";

export const ORGANIZATION_EXPORT_FORMAT = "insieme-organization-data/1";

/**
 * Everything Insieme holds about the owner's organisation: its record, questionnaire, members,
 * interests and partnerships with what its own side planned and delivered. The other party of
 * an interest or partnership appears by name only (as the organisation already sees it).
 *
 * @throws NotFoundError (not a member), ForbiddenError "ownersOnly"
 */
export async function exportOrganizationData(db: Database, actor: { id: string }, input: { organizationId: string }, now: Date = new Date()) {
  const membership = await db.membership.findUnique({
    where: { userId_organizationId: { userId: actor.id, organizationId: input.organizationId } },
    select: { role: true },
  });
  if (!membership) throw new NotFoundError("organization");
  if (membership.role !== "OWNER") throw new ForbiddenError("ownersOnly");
  await enforceWriteLimits(db, [{ key: `export:${actor.id}`, window: DATA_EXPORTS_PER_USER }]);
  const id = input.organizationId;
  const organization = await db.organization.findUniqueOrThrow({
    where: { id },
    select: {
      id: true, kind: true, name: true, taxCode: true, comune: true, status: true, contactName: true, contactEmail: true, contactPhone: true,
      website: true, approvedAt: true, closureRequestedAt: true, closedAt: true, createdAt: true,
      profile: { select: { data: true, submittedAt: true, updatedAt: true } },
      memberships: { select: { role: true, isLegalRepresentative: true, createdAt: true, user: { select: { name: true, email: true } } } },
    },
  });
  const counterpart = { select: { name: true } } as const;
  const [interests, partnerships] = await Promise.all([
    db.interest.findMany({
      where: { OR: [{ fromOrganizationId: id }, { toOrganizationId: id }] },
      select: { message: true, responseMessage: true, status: true, createdAt: true, respondedAt: true, fromOrganizationId: true, from: counterpart, to: counterpart },
      orderBy: { createdAt: "asc" },
    }),
    db.partnership.findMany({
      where: { OR: [{ companyId: id }, { nonprofitId: id }] },
      select: {
        id: true, title: true, commonGoal: true, phase: true, startedAt: true, endedAt: true, companyId: true, company: counterpart, nonprofit: counterpart,
        plannedContributions: { select: { side: true, kind: true, description: true, valueCents: true } },
        deliveredContributions: { select: { side: true, kind: true, description: true, deliveredOn: true, hours: true, valueCents: true } },
      },
      orderBy: { startedAt: "asc" },
    }),
  ]);
  await recordAudit(db, { actorId: actor.id, action: "organization.export", targetType: "Organization", targetId: id });
  const { memberships, ...record } = organization;
  return {
    format: ORGANIZATION_EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    organization: record,
    members: memberships.map(({ user, ...member }) => ({ ...member, name: user.name, email: user.email })),
    interests: interests.map(({ from, to, fromOrganizationId, ...interest }) => ({
      ...interest,
      direction: fromOrganizationId === id ? "sent" : "received",
      otherOrganization: fromOrganizationId === id ? to.name : from.name,
    })),
    partnerships: partnerships.map(({ company, nonprofit, companyId, plannedContributions, deliveredContributions, ...partnership }) => {
      const side = companyId === id ? "COMPANY" : "NONPROFIT";
      return {
        ...partnership,
        otherOrganization: side === "COMPANY" ? nonprofit.name : company.name,
        plannedContributions: plannedContributions.filter((row) => row.side === side),
        deliveredContributions: deliveredContributions.filter((row) => row.side === side).map((row) => ({ ...row, hours: row.hours?.toString() ?? null })),
      };
    }),
  };
}
