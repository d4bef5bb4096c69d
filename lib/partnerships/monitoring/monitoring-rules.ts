import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import type { PartnershipAccess } from "../access/partnership-viewer";

type Access = Pick<PartnershipAccess, "phase" | "closed" | "isStaff" | "side">;

/**
 * Indicators are proposed from negotiation (phase 2) on, by either partner or staff, and
 * measured until the partnership closes; a closed record stays as it was.
 */
export function canDefineIndicators(access: Access): boolean {
  return !access.closed && access.phase !== "PLANNING";
}

/** The final evaluations appear from monitoring on, and stay readable once completed. */
export function showsFinalEvaluations(phase: PartnershipPhase): boolean {
  return phase === "MONITORING" || phase === "COMPLETED";
}

/** A side fills in (and may correct) its final evaluation during monitoring, until completion. */
export function canSubmitFinalEvaluation(access: Access): boolean {
  return access.side !== null && access.phase === "MONITORING";
}
