import type { PartnershipPhase } from "@/lib/generated/prisma/client";
import type { DemoCompanyKey } from "./demo-companies";
import type { DemoNonprofitKey } from "./demo-nonprofits";
import { CLOSED_PARTNERSHIPS } from "./demo-partnerships-closed";
import { OPEN_PARTNERSHIPS } from "./demo-partnerships-open";

export { DEMO_PARTNERSHIP_TITLE } from "./demo-partnerships-open";

/** Who follows a partnership for CSV Pavia: the demo staff account or the extra staff user. */
export type DemoStaffKey = "bianchi" | "ricci";

export type DemoPartnership = {
  readonly title: string;
  readonly commonGoal: string;
  readonly company: DemoCompanyKey;
  readonly nonprofit: DemoNonprofitKey;
  readonly phase: PartnershipPhase;
  readonly staff: DemoStaffKey | null;
  /** Days before the reference date: when it started, and when it entered its phase
   *  (for COMPLETED and DISCONTINUED, also when it ended). */
  readonly startedDaysAgo: number;
  readonly phaseDaysAgo: number;
  readonly discontinuedReason?: string;
  /** A public story both parties approved: the landing page shows it. */
  readonly publicStory?: string;
};

/** In board order: within a phase, the first listed takes position 1000, then 2000... */
export const DEMO_PARTNERSHIPS: readonly DemoPartnership[] = [...OPEN_PARTNERSHIPS, ...CLOSED_PARTNERSHIPS];
