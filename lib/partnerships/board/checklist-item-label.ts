import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { CHECKLIST_TEMPLATES } from "../checklist-templates";

/** The words of a checklist item: its own text, or its template's in the reader's language. */
export function checklistItemLabel(item: { text: string | null; templateKey: string | null; phase: PartnershipPhase }, locale: Locale): string {
  if (item.text) return item.text;
  const templates = (CHECKLIST_TEMPLATES as Partial<Record<PartnershipPhase, { key: string; it: string; en: string }[]>>)[item.phase] ?? [];
  const template = templates.find((entry) => entry.key === item.templateKey);
  return template ? template[locale] : "—";
}
