import type { Database } from "@/lib/db/client";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";

export type OrganizationPartnership = {
  id: string;
  title: string;
  commonGoal: string;
  phase: PartnershipPhase;
  phaseEnteredAt: Date;
  partner: { name: string; comune: string };
};

/**
 * The partnerships of one organisation, for its members. The organisation comes from the
 * caller's own membership (requirePartner), and the query is scoped to it: there is no
 * parameter through which another organisation's partnerships could be asked for.
 */
export async function listOrganizationPartnerships(
  db: Database,
  actor: { organization: { id: string } },
): Promise<OrganizationPartnership[]> {
  const organizationId = actor.organization.id;
  const rows = await db.partnership.findMany({
    where: { OR: [{ companyId: organizationId }, { nonprofitId: organizationId }] },
    orderBy: [{ phaseEnteredAt: "desc" }],
    select: {
      id: true,
      title: true,
      commonGoal: true,
      phase: true,
      phaseEnteredAt: true,
      companyId: true,
      company: { select: { name: true, comune: true } },
      nonprofit: { select: { name: true, comune: true } },
    },
  });
  return rows.map(({ companyId, company, nonprofit, ...partnership }) => ({
    ...partnership,
    partner: companyId === organizationId ? nonprofit : company,
  }));
}
