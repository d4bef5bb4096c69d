import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { OPEN_PHASES } from "./phases";

/** What is known about a partnership when a move is judged: facts, not rows. */
export type PhaseFacts = {
  agreementSignedByBoth: boolean;
  indicatorsWithTarget: number;
  finalEvaluations: { company: boolean; nonprofit: boolean };
};

/** The exit criteria. Each names what is missing, so the UI can say it. */
export type GateCode = "agreement-not-signed" | "no-indicator-with-target" | "final-evaluations-missing";

export type MoveVerdict =
  | { kind: "allowed" }
  /** Crossing a gate whose criteria are not met: only staff, only with a written reason. */
  | { kind: "gated"; gates: GateCode[] }
  /** Never possible, whatever the reason. */
  | { kind: "forbidden"; why: "closed" | "same-phase" | "completion-from-open-phase" };

const ORDER = new Map<PartnershipPhase, number>(OPEN_PHASES.map((entry) => [entry.phase, entry.number]));

function isOpen(phase: PartnershipPhase): boolean {
  return ORDER.has(phase);
}

/** The gates a move forward from `from` to `to` crosses, in order, that the facts do not meet. */
function unmetGates(from: PartnershipPhase, to: PartnershipPhase, facts: PhaseFacts): GateCode[] {
  const start = ORDER.get(from) ?? 0;
  const end = to === "COMPLETED" ? 7 : (ORDER.get(to) ?? 0);
  const gates: GateCode[] = [];
  // Entering phase 4 (programme management) needs the agreement signed by both parties.
  if (start < 4 && end >= 4 && !facts.agreementSignedByBoth) gates.push("agreement-not-signed");
  // Entering phase 6 (monitoring) needs something to monitor: an indicator with a target.
  if (start < 6 && end >= 6 && facts.indicatorsWithTarget < 1) gates.push("no-indicator-with-target");
  // Completion needs both parties' final evaluations.
  if (end === 7 && !(facts.finalEvaluations.company && facts.finalEvaluations.nonprofit)) {
    gates.push("final-evaluations-missing");
  }
  return gates;
}

/**
 * Judges a move between board columns.
 *
 * - Closed partnerships (COMPLETED, DISCONTINUED) never move: a renewal is a new
 *   partnership, so history stays as it was.
 * - Any open partnership may be discontinued (with a reason, asked by the caller).
 * - Backwards moves between open phases are allowed: staff correct mistakes, and a
 *   partnership may need to renegotiate. Gates only guard moving forward.
 * - Completion only from phase 6, after both final evaluations.
 */
export function judgeMove(from: PartnershipPhase, to: PartnershipPhase, facts: PhaseFacts): MoveVerdict {
  if (from === to) return { kind: "forbidden", why: "same-phase" };
  if (!isOpen(from)) return { kind: "forbidden", why: "closed" };
  if (to === "DISCONTINUED") return { kind: "allowed" };
  if (to === "COMPLETED" && from !== "MONITORING") return { kind: "forbidden", why: "completion-from-open-phase" };
  const gates = unmetGates(from, to, facts);
  return gates.length > 0 ? { kind: "gated", gates } : { kind: "allowed" };
}
