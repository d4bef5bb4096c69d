import type { PartnershipPhase } from "@/lib/generated/prisma/enums";

export type Stage = "preparatory" | "executive" | "control";

/** The six phases in their order, each with the stage it belongs to. */
export const OPEN_PHASES = [
  { phase: "PLANNING", number: 1, stage: "preparatory" },
  { phase: "NEGOTIATION", number: 2, stage: "preparatory" },
  { phase: "AGREEMENT", number: 3, stage: "preparatory" },
  { phase: "MANAGEMENT", number: 4, stage: "executive" },
  { phase: "COMMUNICATION", number: 5, stage: "executive" },
  { phase: "MONITORING", number: 6, stage: "control" },
] as const satisfies readonly { phase: PartnershipPhase; number: number; stage: Stage }[];

export const CLOSED_PHASES = ["COMPLETED", "DISCONTINUED"] as const satisfies readonly PartnershipPhase[];

export const ALL_PHASES: readonly PartnershipPhase[] = [...OPEN_PHASES.map((entry) => entry.phase), ...CLOSED_PHASES];

export const STAGES: readonly Stage[] = ["preparatory", "executive", "control"];

export function phasesOfStage(stage: Stage) {
  return OPEN_PHASES.filter((entry) => entry.stage === stage);
}
