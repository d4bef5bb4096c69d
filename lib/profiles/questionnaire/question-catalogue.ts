import { z } from "zod";
import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import type { Messages } from "@/lib/i18n/get-messages";
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
} from "../labels";
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
} from "../vocabulary";
import { AREA_KIND_NAMES, AREA_KINDS } from "./area-of-action";
import { parseRuntsNumber, RUNTS_SECTION_NAMES, RUNTS_SECTIONS, RUNTS_STATUS_NAMES, RUNTS_STATUSES } from "@/lib/registries/runts";
import type { DataStep } from "./steps";

// The questionnaire, once: every question with its step, who is asked, its control, its
// rule and how its stored answer reads. The step schemas (step-schemas.ts), the form's
// fields (components/questionnaire/build-step-fields.ts), the form's defaults
// (step-data.ts) and the profile description (describe-profile.ts) are all derived from
// this list; the texts are t.questionnaire.fields[name] (and the hint/unit keys named here).

/** Messages of the rules: keys of t.questionnaire.errors, resolved by the form. */
export type QuestionnaireErrorKey =
  | "required"
  | "comuneUnknown"
  | "atecoCodeInvalid"
  | "atecoCodeUnknown"
  | "atecoCodeOtherSection"
  | "comuneAmbiguous"
  | "areaComuniRequired"
  | "areaComuniUnknown"
  | "provinceUnknown"
  | "runtsNumberInvalid"
  | "runtsNumberRequired"
  | "runtsSectionRequired"
  | "runtsNumberOnlyEnrolled"
  | "runtsSectionOnlyEnrolled"
  | "runtsSectionMismatch"
  | "numberRequired"
  | "notNegative"
  | "wholeNumber"
  | "tooLarge"
  | "chooseAtLeastOne"
  | "descriptionTooShort"
  | "tooLong";

type FieldText = keyof Messages["questionnaire"]["fields"];
type UnitText = keyof Messages["questionnaire"]["units"];
type Data = Record<string, unknown>;

/** The codes a select or a checkbox list offers, named by a label table. */
export type CodeList = {
  codes: readonly (string | number)[];
  names: Record<string | number, Label>;
  /** Before the name in the form ("a) ", "4. "). */
  prefix?: (code: string | number) => string;
  /** Whether the review shows the prefix too (the goals' numbers do, the causes' letters do not). */
  prefixInAnswer?: boolean;
};

type Common = {
  /** The form field; also its key in OrganizationProfile.data and its label key. */
  name: FieldText;
  step: DataStep;
  kinds: readonly OrganizationKind[];
  hint?: FieldText | Partial<Record<OrganizationKind, FieldText>>;
  /** The rule, shared by the browser and the server; it accepts the form's strings too. */
  schema: z.ZodType;
  /**
   * The row of the profile description: false when the page shows it apart (the comune) or
   * inside another row (the ATECO code, within the sector).
   */
  answer?: false | { field: FieldText; describe: (data: Data, locale: "it" | "en") => string[] };
  /** The form's value from the stored draft; by default the stored value of the same name. */
  read?: (data: Data, comune: string) => unknown;
};

export type Question = Common &
  (
    | { control: "text" | "textarea" }
    | { control: "number"; unit: UnitText; /** The number input's step (100 for euro amounts). */ increment?: number }
    | { control: "select"; placeholder: FieldText; options: CodeList }
    | { control: "combobox"; /** The server registry it searches (GET /api/<registry>?q=…). */ registry: "comuni" | "ateco" }
    | { control: "checkboxes"; /** "provinces": Italy's provinces, listed by the server (lib/geo). */ options: CodeList | ((kind: OrganizationKind) => CodeList) | "provinces" }
  );

const e = (key: QuestionnaireErrorKey) => key;

// Form input arrives as the browser's strings (a posted form) or as typed values (the
// client's own check): both are read the same way.
const fromFormNumber = (value: unknown) => (typeof value === "string" ? (value.trim() === "" ? undefined : Number(value)) : value);
const fromFormList = (value: unknown) => (value === undefined || value === null || value === false ? [] : Array.isArray(value) ? value : [value]);

// Any Italian comune: the form checks the shape only, the server resolves the name
// (server-rules.ts), so the national table never reaches the browser.
const comune = z.string(e("required")).trim().min(1, e("required")).max(100, e("tooLong"));
const description = z.string(e("required")).trim().min(30, e("descriptionTooShort")).max(3000, e("tooLong"));
const amount = z.preprocess(fromFormNumber, z.number(e("numberRequired")).min(0, e("notNegative")).max(100_000_000, e("tooLarge")));
const count = z.preprocess(
  fromFormNumber,
  z.number(e("numberRequired")).int(e("wholeNumber")).min(0, e("notNegative")).max(1_000_000, e("tooLarge")),
);
// A code outside the lists can only be a forged request.
const list = <T extends z.ZodType>(item: T, atLeastOne = false) =>
  z.preprocess(fromFormList, atLeastOne ? z.array(item, e("required")).min(1, e("chooseAtLeastOne")) : z.array(item, e("required")));
const causeCode = z.enum(CAUSE_CODES, e("required"));
const resourceCode = z.enum(RESOURCE_CODES, e("required"));
const tagCode = z.enum(SENSITIVE_TAGS, e("required"));
const sdgCode = z.preprocess(fromFormNumber, z.number(e("required")).int(e("required")).min(SDG_MIN, e("required")).max(SDG_MAX, e("required")));
const runtsSection = z.preprocess(
  (value) => (typeof value === "string" ? value.trim().toLowerCase() : value),
  z.union([z.literal(""), z.enum(RUNTS_SECTIONS, e("required"))], e("required")),
);
const runtsNumber = z
  .string(e("required"))
  .trim()
  .max(40, e("tooLong"))
  .refine((text) => text === "" || parseRuntsNumber(text) !== null, e("runtsNumberInvalid"));

const SDG_CODES = Array.from({ length: SDG_MAX - SDG_MIN + 1 }, (_, index) => index + SDG_MIN);
const CAUSES: CodeList = { codes: CAUSE_CODES, names: CAUSE_NAMES, prefix: (code) => `${code}) ` };
const TAGS: CodeList = { codes: SENSITIVE_TAGS, names: SENSITIVE_TAG_NAMES };
/** A company gives what nonprofits need, and the other way round. */
export const OFFER_CODES = { COMPANY: COMPANY_RESOURCE_CODES, NONPROFIT: NONPROFIT_RESOURCE_CODES } as const;
export const NEED_CODES = { COMPANY: NONPROFIT_RESOURCE_CODES, NONPROFIT: COMPANY_RESOURCE_CODES } as const;

const BOTH = ["COMPANY", "NONPROFIT"] as const;
const COMPANY = ["COMPANY"] as const;
const NONPROFIT = ["NONPROFIT"] as const;

/** "C 10.7": the ATECO section and, when given, the code within it. */
function splitSector(data: Data): [section: string, code: string] {
  const [section = "", code = ""] = typeof data.sector === "string" ? data.sector.split(" ") : [];
  return [section, code];
}

/** Every question, in the wizard's order. */
export const QUESTIONS: readonly Question[] = [
  // 1. Who we are
  { name: "comune", step: 1, kinds: BOTH, control: "combobox", registry: "comuni", hint: "comuneHint", schema: comune, answer: false, read: (_data, comuneName) => comuneName },
  {
    name: "sectorSection",
    step: 1,
    kinds: COMPANY,
    control: "select",
    placeholder: "chooseSection",
    options: { codes: ATECO_SECTIONS, names: ATECO_SECTION_NAMES, prefix: (code) => `${code} – ` },
    schema: z.enum(ATECO_SECTIONS, e("required")),
    read: (data) => splitSector(data)[0],
    answer: {
      field: "sector",
      describe: (data, locale) => {
        const [section, code] = splitSector(data);
        if (!section) return [];
        const name = ATECO_SECTION_NAMES[section as keyof typeof ATECO_SECTION_NAMES]?.[locale] ?? "";
        return [`${section}${code ? ` ${code}` : ""} — ${name}`];
      },
    },
  },
  {
    name: "sectorCode",
    step: 1,
    kinds: COMPANY,
    control: "combobox",
    registry: "ateco",
    hint: "sectorCodeHint",
    // Optional ATECO 2025 code inside the section, e.g. "62.10.00": its shape here, its
    // existence in the stored version and its section on the server (server-rules.ts).
    schema: z.string(e("required")).trim().regex(/^(\d{2}(\.\d{1,2}(\.\d{1,2})?)?)?$/, e("atecoCodeInvalid")),
    read: (data) => splitSector(data)[1],
    answer: false,
  },
  { name: "employees", step: 1, kinds: COMPANY, control: "number", unit: "people", schema: count },
  { name: "legalForm", step: 1, kinds: NONPROFIT, control: "select", placeholder: "chooseLegalForm", options: { codes: LEGAL_FORMS, names: LEGAL_FORM_NAMES }, schema: z.enum(LEGAL_FORMS, e("required")) },
  {
    name: "runtsStatus",
    step: 1,
    kinds: NONPROFIT,
    control: "select",
    placeholder: "chooseRuntsStatus",
    options: { codes: RUNTS_STATUSES, names: RUNTS_STATUS_NAMES },
    schema: z.enum(RUNTS_STATUSES, e("required")),
    // Profiles saved before the status was asked: a stored number means enrolled.
    read: (data) => (typeof data.runtsStatus === "string" ? data.runtsStatus : typeof data.runtsNumber === "string" ? "enrolled" : ""),
  },
  {
    name: "runtsSection",
    step: 1,
    kinds: NONPROFIT,
    control: "select",
    placeholder: "chooseRuntsSection",
    hint: "runtsSectionHint",
    options: { codes: RUNTS_SECTIONS, names: RUNTS_SECTION_NAMES, prefix: (code) => `${code}) `, prefixInAnswer: true },
    schema: runtsSection,
    read: (data) => (typeof data.runtsSection === "string" ? data.runtsSection.toLowerCase() : ""),
  },
  { name: "runtsNumber", step: 1, kinds: NONPROFIT, control: "text", hint: "runtsNumberHint", schema: runtsNumber },
  { name: "description", step: 1, kinds: BOTH, control: "textarea", hint: "descriptionHint", schema: description },
  // 2. Causes
  { name: "causes", step: 2, kinds: BOTH, control: "checkboxes", hint: { COMPANY: "causesCompanyHint", NONPROFIT: "causesNonprofitHint" }, options: CAUSES, schema: list(causeCode, true) },
  { name: "sdgs", step: 2, kinds: BOTH, control: "checkboxes", options: { codes: SDG_CODES, names: SDG_NAMES, prefix: (goal) => `${goal}. `, prefixInAnswer: true }, schema: list(sdgCode) },
  { name: "excludeCauses", step: 2, kinds: COMPANY, control: "checkboxes", hint: "excludeCausesHint", options: CAUSES, schema: list(causeCode) },
  // 3. What we offer and need
  { name: "offers", step: 3, kinds: BOTH, control: "checkboxes", options: (kind) => ({ codes: OFFER_CODES[kind], names: RESOURCE_NAMES }), schema: list(resourceCode, true) },
  { name: "needs", step: 3, kinds: BOTH, control: "checkboxes", options: (kind) => ({ codes: NEED_CODES[kind], names: RESOURCE_NAMES }), schema: list(resourceCode) },
  { name: "budgetEur", step: 3, kinds: COMPANY, control: "number", unit: "eurPerYear", increment: 100, schema: amount },
  { name: "volunteerHours", step: 3, kinds: COMPANY, control: "number", unit: "hoursPerYear", schema: amount },
  { name: "volunteersHosted", step: 3, kinds: NONPROFIT, control: "number", unit: "people", schema: count },
  { name: "projectBudgetEur", step: 3, kinds: NONPROFIT, control: "number", unit: "eur", increment: 100, hint: "projectBudgetHint", schema: amount },
  // 4. How we want to work together
  { name: "rangeKm", step: 4, kinds: COMPANY, control: "number", unit: "km", hint: "rangeKmHint", schema: amount },
  {
    name: "areaKind",
    step: 4,
    kinds: COMPANY,
    control: "select",
    placeholder: "chooseAreaKind",
    options: { codes: AREA_KINDS, names: AREA_KIND_NAMES },
    schema: z.enum(AREA_KINDS, e("required")),
    // Profiles saved before the area was asked act within their radius.
    read: (data) => (typeof data.areaKind === "string" ? data.areaKind : "radius"),
  },
  {
    name: "areaProvinces",
    step: 4,
    kinds: COMPANY,
    control: "checkboxes",
    hint: "areaProvincesHint",
    options: "provinces",
    schema: list(z.string(e("required")).regex(/^[A-Z]{2}$/, e("required"))),
  },
  {
    name: "areaComuni",
    step: 4,
    kinds: COMPANY,
    control: "textarea",
    hint: "areaComuniHint",
    // One comune per line; the server resolves each (server-rules.ts) and stores a list.
    schema: z.preprocess((value) => (Array.isArray(value) ? value.join("\n") : value ?? ""), z.string(e("required")).max(4000, e("tooLong"))),
    read: (data) => (Array.isArray(data.areaComuni) ? data.areaComuni.join("\n") : ""),
  },
  { name: "horizons", step: 4, kinds: BOTH, control: "checkboxes", options: { codes: HORIZONS, names: HORIZON_NAMES }, schema: list(z.enum(HORIZONS, e("required")), true) },
  { name: "sectorTags", step: 4, kinds: COMPANY, control: "checkboxes", hint: "sectorTagsHint", options: TAGS, schema: list(tagCode) },
  { name: "excludeSectorTags", step: 4, kinds: NONPROFIT, control: "checkboxes", hint: "excludeSectorTagsHint", options: TAGS, schema: list(tagCode) },
];

/** The questions one kind of organisation is asked, in order; of one step when given. */
export function questionsOf(kind: OrganizationKind, step?: DataStep): Question[] {
  return QUESTIONS.filter((question) => question.kinds.includes(kind) && (step === undefined || question.step === step));
}

/** The hint key of a question for one kind, if it has one. */
export function hintOf(question: Question, kind: OrganizationKind): FieldText | undefined {
  return typeof question.hint === "string" ? question.hint : question.hint?.[kind];
}

/** The code list of a select or checkbox question, for one kind (null for the others and the provinces). */
export function codeListOf(question: Question, kind: OrganizationKind): CodeList | null {
  if (question.control !== "select" && question.control !== "checkboxes") return null;
  const options = question.options;
  if (options === "provinces") return null;
  return typeof options === "function" ? options(kind) : options;
}
