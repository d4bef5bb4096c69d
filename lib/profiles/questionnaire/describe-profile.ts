import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import {
  ATECO_SECTION_NAMES,
  CAUSE_NAMES,
  HORIZON_NAMES,
  LEGAL_FORM_NAMES,
  RESOURCE_NAMES,
  SDG_NAMES,
  SENSITIVE_TAG_NAMES,
  type Label,
} from "@/lib/profiles/labels";

/** One answer of the questionnaire as a person reads it: a field and its value(s) in words. */
export type ProfileAnswer = { field: string; values: string[] };

const pick = (table: Record<string, Label>, locale: Locale) => (code: unknown) => {
  const label = table[String(code)];
  return label ? label[locale] : String(code);
};

function listOf(data: Record<string, unknown>, key: string): unknown[] {
  const value = data[key];
  return Array.isArray(value) ? value : [];
}

function describeSector(sector: unknown, locale: Locale): string {
  if (typeof sector !== "string" || sector === "") return "";
  const [section = "", code] = sector.split(" ");
  const name = ATECO_SECTION_NAMES[section as keyof typeof ATECO_SECTION_NAMES]?.[locale] ?? "";
  return `${section}${code ? ` ${code}` : ""} — ${name}`;
}

const numberFormat = (locale: Locale) => new Intl.NumberFormat(locale === "it" ? "it-IT" : "en-GB");

/**
 * The stored answers in the order of the wizard, every code replaced by its label. Field
 * names are the keys of OrganizationProfile.data, for the page to label.
 */
export function describeProfile(kind: OrganizationKind, data: Record<string, unknown>, locale: Locale): ProfileAnswer[] {
  const n = numberFormat(locale);
  const num = (key: string) => (typeof data[key] === "number" ? [n.format(data[key])] : []);
  const text = (key: string) => (typeof data[key] === "string" && data[key] !== "" ? [data[key]] : []);
  const codes = (key: string, table: Record<string, Label>) => listOf(data, key).map(pick(table, locale));
  const sdgs = listOf(data, "sdgs").map((goal) => `${String(goal)}. ${SDG_NAMES[Number(goal)]?.[locale] ?? ""}`);
  const answers: ProfileAnswer[] =
    kind === "COMPANY"
      ? [
          { field: "sector", values: [describeSector(data.sector, locale)].filter(Boolean) },
          { field: "employees", values: num("employees") },
          { field: "description", values: text("description") },
          { field: "causes", values: codes("causes", CAUSE_NAMES) },
          { field: "sdgs", values: sdgs },
          { field: "excludeCauses", values: codes("excludeCauses", CAUSE_NAMES) },
          { field: "offers", values: codes("offers", RESOURCE_NAMES) },
          { field: "needs", values: codes("needs", RESOURCE_NAMES) },
          { field: "budgetEur", values: num("budgetEur") },
          { field: "volunteerHours", values: num("volunteerHours") },
          { field: "rangeKm", values: num("rangeKm") },
          { field: "horizons", values: codes("horizons", HORIZON_NAMES) },
          { field: "sectorTags", values: codes("sectorTags", SENSITIVE_TAG_NAMES) },
        ]
      : [
          { field: "legalForm", values: typeof data.legalForm === "string" ? [pick(LEGAL_FORM_NAMES, locale)(data.legalForm)] : [] },
          { field: "runtsSection", values: text("runtsSection") },
          { field: "runtsNumber", values: text("runtsNumber") },
          { field: "description", values: text("description") },
          { field: "causes", values: codes("causes", CAUSE_NAMES) },
          { field: "sdgs", values: sdgs },
          { field: "offers", values: codes("offers", RESOURCE_NAMES) },
          { field: "needs", values: codes("needs", RESOURCE_NAMES) },
          { field: "volunteersHosted", values: num("volunteersHosted") },
          { field: "projectBudgetEur", values: num("projectBudgetEur") },
          { field: "horizons", values: codes("horizons", HORIZON_NAMES) },
          { field: "excludeSectorTags", values: codes("excludeSectorTags", SENSITIVE_TAG_NAMES) },
        ];
  return answers;
}
