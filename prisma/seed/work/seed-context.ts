import type { Prisma } from "@/lib/generated/prisma/client";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";

/** One seeded partnership, as the area seeders see it. */
export type SeededPartnership = {
  id: string;
  title: string;
  phase: PartnershipPhase;
  companyId: string;
  nonprofitId: string;
  startedAt: Date;
  phaseEnteredAt: Date;
};

export type WorkSeedContext = {
  tx: Prisma.TransactionClient;
  now: Date;
  partnerships: SeededPartnership[];
  /** User ids by e-mail (demo accounts and demo partner users). */
  userIds: Map<string, string>;
  /** The partner users of each organisation id (first is the owner). */
  membersOf: (organizationId: string) => string[];
};

/** A phase's order number (1..6; 7 for COMPLETED; 0 for DISCONTINUED): seeders fill what a partnership at that point would have. */
export function phaseNumber(phase: PartnershipPhase): number {
  const order: Record<PartnershipPhase, number> = {
    PLANNING: 1,
    NEGOTIATION: 2,
    AGREEMENT: 3,
    MANAGEMENT: 4,
    COMMUNICATION: 5,
    MONITORING: 6,
    COMPLETED: 7,
    DISCONTINUED: 0,
  };
  return order[phase];
}
