import type { PartnershipPhase } from "@/lib/generated/prisma/enums";

export const PARTNERSHIP_TABS = ["overview", "negotiation", "agreement", "programme", "communication", "monitoring", "documents", "messages", "history"] as const;
export type PartnershipTab = (typeof PARTNERSHIP_TABS)[number];

/** Tabs only staff see. */
export const STAFF_ONLY_TABS: readonly PartnershipTab[] = ["history"];

export function parseTab(value: unknown, isStaff: boolean): PartnershipTab {
  const tab = PARTNERSHIP_TABS.find((candidate) => candidate === value) ?? "overview";
  return !isStaff && STAFF_ONLY_TABS.includes(tab) ? "overview" : tab;
}

/** The tab where the work of a phase happens, highlighted in the stepper. */
export const TAB_OF_PHASE: Record<PartnershipPhase, PartnershipTab> = {
  PLANNING: "overview",
  NEGOTIATION: "negotiation",
  AGREEMENT: "agreement",
  MANAGEMENT: "programme",
  COMMUNICATION: "communication",
  MONITORING: "monitoring",
  COMPLETED: "monitoring",
  DISCONTINUED: "overview",
};
