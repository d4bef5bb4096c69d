import type { z } from "zod";
import type { QuestionnaireErrorKey } from "./question-catalogue";

// Where a company is willing to act: within its radius around the seat (the exchange
// format's rangeKm), or only in some provinces, or only in some comuni, anywhere in Italy.

export const AREA_KINDS = ["radius", "provinces", "comuni"] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

export const AREA_KIND_NAMES: Record<AreaKind, { it: string; en: string }> = {
  radius: { it: "Entro il raggio d'azione dalla sede", en: "Within the range around our site" },
  provinces: { it: "Solo in alcune province", en: "Only in some provinces" },
  comuni: { it: "Solo in alcuni comuni", en: "Only in some municipalities" },
};

/** The comuni of the textarea, one a line (commas and semicolons too), blanks dropped. */
export function splitComuniList(text: unknown): string[] {
  if (typeof text !== "string") return [];
  return [...new Set(text.split(/[\n;,]+/).map((line) => line.trim()).filter(Boolean))];
}

/** An area by provinces needs one province at least, by comuni one comune at least. */
export function checkAreaAnswers(data: Record<string, unknown>, context: z.RefinementCtx): void {
  const issue = (field: string, message: QuestionnaireErrorKey) => context.addIssue({ code: "custom", path: [field], message });
  if (data.areaKind === "provinces" && !(Array.isArray(data.areaProvinces) && data.areaProvinces.length > 0)) issue("areaProvinces", "chooseAtLeastOne");
  if (data.areaKind === "comuni" && splitComuniList(data.areaComuni).length === 0) issue("areaComuni", "areaComuniRequired");
}
