import { z } from "zod";
import { findComune } from "@/lib/geo";
import {
  CAUSE_CODES,
  COMPANY_RESOURCE_CODES,
  HORIZONS,
  LEGAL_FORMS,
  NONPROFIT_RESOURCE_CODES,
  RESOURCE_CODES,
  SDG_MAX,
  SDG_MIN,
  SENSITIVE_TAGS,
} from "@/lib/profiles/vocabulary";
import { ATECO_SECTIONS } from "../labels/other-codes";

// One zod schema per wizard step, shared by the react-hook-form forms and the server.
// Every message is a key of t.questionnaire.errors, resolved by the form.

export type QuestionnaireErrorKey =
  | "required"
  | "comuneUnknown"
  | "atecoCodeInvalid"
  | "numberRequired"
  | "notNegative"
  | "wholeNumber"
  | "tooLarge"
  | "chooseAtLeastOne"
  | "descriptionTooShort"
  | "tooLong";

const e = (key: QuestionnaireErrorKey) => key;

/** A comune of the province of Pavia, by its official name (checked tolerantly). */
export function isPaviaComune(name: string): boolean {
  return findComune(name)?.province === "PV";
}

const comune = z.string(e("required")).trim().min(1, e("required")).refine(isPaviaComune, e("comuneUnknown"));
const description = z.string(e("required")).trim().min(30, e("descriptionTooShort")).max(3000, e("tooLong"));
const amount = z.number(e("numberRequired")).min(0, e("notNegative")).max(100_000_000, e("tooLarge"));
const count = z.number(e("numberRequired")).int(e("wholeNumber")).min(0, e("notNegative")).max(1_000_000, e("tooLarge"));
// Lists come from checkboxes: a missing list or an unknown code can only be a forged request.
const list = <T extends z.ZodType>(item: T) => z.array(item, e("required"));
const causes = list(z.enum(CAUSE_CODES, e("required")));
const resources = list(z.enum(RESOURCE_CODES, e("required")));
const tags = list(z.enum(SENSITIVE_TAGS, e("required")));
const sdgs = list(z.number(e("required")).int(e("required")).min(SDG_MIN, e("required")).max(SDG_MAX, e("required")));
const horizons = list(z.enum(HORIZONS, e("required"))).min(1, e("chooseAtLeastOne"));
const optionalText = z.string(e("required")).trim().max(40, e("tooLong"));

export const companyStepSchemas = {
  1: z.object({
    comune,
    sectorSection: z.enum(ATECO_SECTIONS, e("required")),
    /** Optional ATECO code inside the section, e.g. "62.10". */
    sectorCode: z.string(e("required")).trim().regex(/^(\d{2}(\.\d{1,2})?)?$/, e("atecoCodeInvalid")),
    employees: count,
    description,
  }),
  2: z.object({ causes: causes.min(1, e("chooseAtLeastOne")), sdgs, excludeCauses: causes }),
  3: z.object({
    offers: resources.min(1, e("chooseAtLeastOne")),
    needs: resources,
    budgetEur: amount,
    volunteerHours: amount,
  }),
  4: z.object({ rangeKm: amount, horizons, sectorTags: tags }),
} as const;

export const nonprofitStepSchemas = {
  1: z.object({
    comune,
    legalForm: z.enum(LEGAL_FORMS, e("required")),
    runtsSection: optionalText,
    runtsNumber: optionalText,
    description,
  }),
  2: z.object({ causes: causes.min(1, e("chooseAtLeastOne")), sdgs }),
  3: z.object({
    offers: resources.min(1, e("chooseAtLeastOne")),
    needs: resources,
    volunteersHosted: count,
    projectBudgetEur: amount,
  }),
  4: z.object({ horizons, excludeSectorTags: tags }),
} as const;

/** The data steps (1–4); step 5 is the review, which only submits. */
export const DATA_STEPS = [1, 2, 3, 4] as const;
export type DataStep = (typeof DATA_STEPS)[number];
export const REVIEW_STEP = 5;
export const STEP_COUNT = 5;

export type CompanyStepValues = { [S in DataStep]: z.infer<(typeof companyStepSchemas)[S]> };
export type NonprofitStepValues = { [S in DataStep]: z.infer<(typeof nonprofitStepSchemas)[S]> };

export function isDataStep(step: number): step is DataStep {
  return (DATA_STEPS as readonly number[]).includes(step);
}

/** The codes each kind is shown as checkboxes: a company gives what nonprofits need, and the other way round. */
export const OFFER_CODES = { COMPANY: COMPANY_RESOURCE_CODES, NONPROFIT: NONPROFIT_RESOURCE_CODES } as const;
export const NEED_CODES = { COMPANY: NONPROFIT_RESOURCE_CODES, NONPROFIT: COMPANY_RESOURCE_CODES } as const;

export function stepSchemaOf(kind: "COMPANY" | "NONPROFIT", step: DataStep): z.ZodType<Record<string, unknown>, Record<string, unknown>> {
  return (kind === "COMPANY" ? companyStepSchemas[step] : nonprofitStepSchemas[step]) as unknown as z.ZodType<Record<string, unknown>, Record<string, unknown>>;
}
