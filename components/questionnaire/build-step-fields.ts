import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import { listComuniOfProvince } from "@/lib/geo";
import type { Messages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import { CAUSE_CODES, HORIZONS, LEGAL_FORMS, SENSITIVE_TAGS } from "@/lib/profiles/vocabulary";
import {
  ATECO_SECTION_NAMES,
  ATECO_SECTIONS,
  CAUSE_NAMES,
  HORIZON_NAMES,
  LEGAL_FORM_NAMES,
  RESOURCE_NAMES,
  SDG_NAMES,
  SENSITIVE_TAG_NAMES,
  type Label,
} from "@/lib/profiles/labels";
import { type DataStep, NEED_CODES, OFFER_CODES } from "@/lib/profiles/questionnaire/step-schemas";
import type { FieldSpec } from "./field-spec";

type Texts = Messages["questionnaire"];

function options<T extends string | number>(codes: readonly T[], names: Record<T, Label> | Record<number, Label>, locale: Locale, prefix?: (code: T) => string) {
  return codes.map((code) => {
    const name = (names as Record<string | number, Label>)[code];
    return { value: code, label: `${prefix ? prefix(code) : ""}${name ? name[locale] : String(code)}` };
  });
}

const SDG_CODES = Array.from({ length: 17 }, (_, index) => index + 1);

/** The fields of one wizard step, in order, labelled in the reader's language. */
export function buildStepFields(kind: OrganizationKind, step: DataStep, locale: Locale, t: Texts): FieldSpec[] {
  const f = t.fields;
  const u = t.units;
  const company = kind === "COMPANY";
  const causes = options(CAUSE_CODES, CAUSE_NAMES, locale, (code) => `${code}) `);
  switch (step) {
    case 1: {
      const comune: FieldSpec = {
        name: "comune",
        type: "select",
        label: f.comune,
        hint: f.comuneHint,
        placeholder: f.chooseComune,
        options: listComuniOfProvince("PV")
          .map(({ name }) => ({ value: name, label: name }))
          .sort((a, b) => a.label.localeCompare(b.label, "it")),
      };
      const description: FieldSpec = { name: "description", type: "textarea", label: f.description, hint: f.descriptionHint };
      return company
        ? [
            comune,
            { name: "sectorSection", type: "select", label: f.sectorSection, placeholder: f.chooseSection, options: options(ATECO_SECTIONS, ATECO_SECTION_NAMES, locale, (code) => `${code} – `).map((o) => ({ ...o, value: String(o.value) })) },
            { name: "sectorCode", type: "text", label: f.sectorCode, hint: f.sectorCodeHint },
            { name: "employees", type: "number", label: f.employees, unit: u.people },
            description,
          ]
        : [
            comune,
            { name: "legalForm", type: "select", label: f.legalForm, placeholder: f.chooseLegalForm, options: options(LEGAL_FORMS, LEGAL_FORM_NAMES, locale).map((o) => ({ ...o, value: String(o.value) })) },
            { name: "runtsSection", type: "text", label: f.runtsSection },
            { name: "runtsNumber", type: "text", label: f.runtsNumber },
            description,
          ];
    }
    case 2:
      return [
        { name: "causes", type: "checkboxes", label: f.causes, hint: company ? f.causesCompanyHint : f.causesNonprofitHint, options: causes },
        { name: "sdgs", type: "checkboxes", label: f.sdgs, options: options(SDG_CODES, SDG_NAMES, locale, (goal) => `${goal}. `) },
        ...(company ? [{ name: "excludeCauses", type: "checkboxes", label: f.excludeCauses, hint: f.excludeCausesHint, options: causes } as const] : []),
      ];
    case 3: {
      const lists: FieldSpec[] = [
        { name: "offers", type: "checkboxes", label: f.offers, options: options(OFFER_CODES[kind], RESOURCE_NAMES, locale) },
        { name: "needs", type: "checkboxes", label: f.needs, options: options(NEED_CODES[kind], RESOURCE_NAMES, locale) },
      ];
      return company
        ? [
            ...lists,
            { name: "budgetEur", type: "number", label: f.budgetEur, unit: u.eurPerYear, step: 100 },
            { name: "volunteerHours", type: "number", label: f.volunteerHours, unit: u.hoursPerYear },
          ]
        : [
            ...lists,
            { name: "volunteersHosted", type: "number", label: f.volunteersHosted, unit: u.people },
            { name: "projectBudgetEur", type: "number", label: f.projectBudgetEur, hint: f.projectBudgetHint, unit: u.eur, step: 100 },
          ];
    }
    case 4: {
      const horizons: FieldSpec = { name: "horizons", type: "checkboxes", label: f.horizons, options: options(HORIZONS, HORIZON_NAMES, locale) };
      const tags = options(SENSITIVE_TAGS, SENSITIVE_TAG_NAMES, locale);
      return company
        ? [
            { name: "rangeKm", type: "number", label: f.rangeKm, hint: f.rangeKmHint, unit: u.km },
            horizons,
            { name: "sectorTags", type: "checkboxes", label: f.sectorTags, hint: f.sectorTagsHint, options: tags },
          ]
        : [horizons, { name: "excludeSectorTags", type: "checkboxes", label: f.excludeSectorTags, hint: f.excludeSectorTagsHint, options: tags }];
    }
  }
}

/** The step names in order, for the progress bar. */
export function stepNames(t: Texts): string[] {
  return [t.steps.who, t.steps.causes, t.steps.resources, t.steps.how, t.steps.review];
}
