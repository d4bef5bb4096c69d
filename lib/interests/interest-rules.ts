import type { InterestStatus, PartnershipPhase } from "@/lib/generated/prisma/enums";

/** How long an interest waits for an answer. */
export const INTEREST_LIFETIME_DAYS = 14;
/** After how many working days without an answer the recipients are reminded, once. */
export const REMINDER_AFTER_WORKING_DAYS = 3;

export const OPEN_PARTNERSHIP_PHASES = [
  "PLANNING",
  "NEGOTIATION",
  "AGREEMENT",
  "MANAGEMENT",
  "COMMUNICATION",
  "MONITORING",
] as const satisfies readonly PartnershipPhase[];

/**
 * Interests that keep a pair out of each other's suggestions: one waiting for an answer,
 * one accepted (they are partners now), and one declined (somebody said no: proposing the
 * pair again would be pushy). Expired and withdrawn ones do not: nobody said no.
 */
export const BLOCKING_INTEREST_STATUSES = ["PENDING", "ACCEPTED", "DECLINED"] as const satisfies readonly InterestStatus[];

export function expiryFrom(now: Date): Date {
  return new Date(now.getTime() + INTEREST_LIFETIME_DAYS * 24 * 60 * 60 * 1000);
}

/** Both orders of a pair, for "any interest between these two" queries. */
export function betweenPair(a: string, b: string) {
  return [
    { fromOrganizationId: a, toOrganizationId: b },
    { fromOrganizationId: b, toOrganizationId: a },
  ];
}
