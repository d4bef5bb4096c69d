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
  staffOwnerId: string | null;
  discontinuedReason: string | null;
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

const PHASES_IN_ORDER: readonly PartnershipPhase[] = ["PLANNING", "NEGOTIATION", "AGREEMENT", "MANAGEMENT", "COMMUNICATION", "MONITORING", "COMPLETED"];

/**
 * The board moves that brought a seeded partnership from PLANNING to its phase, one phase
 * at a time, spread evenly between its start and the entry into its current phase (the
 * last move happens exactly then). The check-ins and the board history of the demo data
 * both follow these dates. A discontinued partnership has none here: it left PLANNING
 * straight for DISCONTINUED.
 */
export function pastPhaseChanges(partnership: SeededPartnership): { from: PartnershipPhase; to: PartnershipPhase; at: Date }[] {
  const entered = PHASES_IN_ORDER.slice(1, phaseNumber(partnership.phase));
  const start = partnership.startedAt.getTime();
  const span = partnership.phaseEnteredAt.getTime() - start;
  return entered.map((to, step) => ({
    from: PHASES_IN_ORDER[step]!,
    to,
    at: step === entered.length - 1 ? partnership.phaseEnteredAt : new Date(start + (span * (step + 1)) / entered.length),
  }));
}
