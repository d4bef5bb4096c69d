import { CAUSE_CODES, HORIZONS, LEGAL_FORMS, RESOURCE_CODES, SENSITIVE_TAGS } from "@/lib/profiles/vocabulary";
import { companyProfileDataSchema, nonprofitProfileDataSchema } from "@/lib/profiles/profile-data";
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
import { dataToStepDefaults, stepToData } from "@/lib/profiles/questionnaire/step-data";
import { companyStepSchemas, DATA_STEPS, NEED_CODES, nonprofitStepSchemas, OFFER_CODES, stepSchemaOf } from "@/lib/profiles/questionnaire/step-schemas";
import { validateWholeProfile } from "@/lib/profiles/questionnaire/validate-whole-profile";
import { questionnaireSection } from "@/lib/i18n/messages/sections/questionnaire";
import { DEMO_ORGANIZATION_KEYS, demoProfileDataOf } from "@/prisma/seed/demo-profiles";
import { DEMO_COMPANIES } from "@/prisma/seed/demo-companies";
import { COMPANY_STEPS, NONPROFIT_STEPS } from "../../support/onboarding-steps";

function expectLabelled(codes: readonly (string | number)[], table: Record<string | number, Label>) {
  for (const code of codes) {
    const label = table[code];
    expect({ code, it: label?.it.trim().length, en: label?.en.trim().length }).toEqual({ code, it: expect.any(Number), en: expect.any(Number) });
    expect(label?.it).not.toBe("");
    expect(label?.en).not.toBe("");
  }
  expect(Object.keys(table)).toHaveLength(codes.length);
}

describe("labels", () => {
  it("name every code of the vocabulary in Italian and English", () => {
    expectLabelled(CAUSE_CODES, CAUSE_NAMES);
    expectLabelled(Array.from({ length: 17 }, (_, i) => i + 1), SDG_NAMES);
    expectLabelled(RESOURCE_CODES, RESOURCE_NAMES);
    expectLabelled(HORIZONS, HORIZON_NAMES);
    expectLabelled(SENSITIVE_TAGS, SENSITIVE_TAG_NAMES);
    expectLabelled(LEGAL_FORMS, LEGAL_FORM_NAMES);
    expectLabelled(ATECO_SECTIONS, ATECO_SECTION_NAMES);
  });

  it("give the art. 5 letters their activities of general interest", () => {
    expect(CAUSE_NAMES.p.it).toBe("Inserimento lavorativo di persone svantaggiate");
    expect(CAUSE_NAMES.y.en).toBe("Civil protection");
    expect(ATECO_SECTIONS).toHaveLength(22);
    expect(ATECO_SECTIONS.at(-1)).toBe("V");
  });

  it("show every resource code to one side or the other", () => {
    const shown = new Set([...OFFER_CODES.COMPANY, ...NEED_CODES.COMPANY]);
    expect(RESOURCE_CODES.filter((code) => !shown.has(code))).toEqual([]);
  });
});

describe("questionnaire steps", () => {
  it("have a message in the catalog for every error key a step can give", () => {
    const keys = new Set<string>();
    const probe = { comune: "Nowhere", sectorSection: "Z", sectorCode: "x", employees: -1.5, description: "x".repeat(3001), legalForm: "?", runtsSection: "x".repeat(41), runtsNumber: "", causes: [], horizons: [], offers: [], needs: [], budgetEur: Number.NaN, volunteerHours: 1e12, rangeKm: -1, volunteersHosted: 0.5, projectBudgetEur: -1, sdgs: [], excludeCauses: [], sectorTags: [], excludeSectorTags: [] };
    for (const schemas of [companyStepSchemas, nonprofitStepSchemas]) {
      for (const step of DATA_STEPS) {
        const result = schemas[step].safeParse(probe);
        for (const issue of result.error?.issues ?? []) keys.add(issue.message);
      }
      for (const step of DATA_STEPS) for (const issue of schemas[step].safeParse({}).error?.issues ?? []) keys.add(issue.message);
      const forged = { causes: ["zz"], sdgs: [18], offers: ["money"], horizons: ["forever"], sectorTags: [1] };
      for (const step of DATA_STEPS) for (const issue of schemas[step].safeParse(forged).error?.issues ?? []) keys.add(issue.message);
    }
    const catalog = questionnaireSection.it.errors as Record<string, string>;
    expect([...keys].filter((key) => !(key in catalog))).toEqual([]);
    expect([...keys]).toEqual(expect.arrayContaining(["notNegative", "tooLong", "chooseAtLeastOne", "atecoCodeInvalid", "numberRequired", "tooLarge", "wholeNumber", "required"]));
  });

  it("check the comune's and the ATECO code's shape only: the registries stay on the server", () => {
    const step1 = companyStepSchemas[1];
    expect(step1.safeParse({ ...COMPANY_STEPS[1], comune: "Roma" }).success).toBe(true);
    expect(step1.safeParse({ ...COMPANY_STEPS[1], comune: "" }).error?.issues[0]?.message).toBe("required");
    expect(step1.safeParse({ ...COMPANY_STEPS[1], sectorCode: "62.10.00" }).success).toBe(true);
    expect(step1.safeParse({ ...COMPANY_STEPS[1], sectorCode: "62-10" }).error?.issues[0]?.message).toBe("atecoCodeInvalid");
  });

  it("together make a profile that satisfies the stored-profile schema, for both kinds", () => {
    const company: Record<string, unknown> = {};
    for (const step of DATA_STEPS) Object.assign(company, stepToData("COMPANY", step, stepSchemaOf("COMPANY", step).parse(COMPANY_STEPS[step])).data);
    expect(companyProfileDataSchema.safeParse(company).success).toBe(true);
    expect(company.sector).toBe("K 62.10");

    const nonprofit: Record<string, unknown> = {};
    for (const step of DATA_STEPS) Object.assign(nonprofit, stepToData("NONPROFIT", step, stepSchemaOf("NONPROFIT", step).parse(NONPROFIT_STEPS[step])).data);
    expect(nonprofitProfileDataSchema.safeParse(nonprofit).success).toBe(true);
    expect(validateWholeProfile("NONPROFIT", nonprofit)).toMatchObject({ ok: true });
    expect(validateWholeProfile("NONPROFIT", { ...nonprofit, horizons: undefined, volunteersHosted: "3" })).toEqual({ ok: false, incompleteSteps: [3, 4] });
  });

  it("can re-open every demo profile in the wizard without an error on any step", () => {
    const companyKeys = new Set<string>(DEMO_COMPANIES.map((row) => row.key));
    for (const key of DEMO_ORGANIZATION_KEYS) {
      const kind = companyKeys.has(key) ? "COMPANY" : "NONPROFIT";
      const data = demoProfileDataOf(key);
      for (const step of DATA_STEPS) {
        const defaults = dataToStepDefaults(kind, step, data, "Pavia");
        const result = stepSchemaOf(kind, step).safeParse(defaults);
        expect({ key, step, issues: result.error?.issues ?? [] }).toEqual({ key, step, issues: [] });
      }
    }
  });
});
