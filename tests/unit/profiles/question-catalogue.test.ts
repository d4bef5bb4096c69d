import { questionnaireSection } from "@/lib/i18n/messages/sections/questionnaire";
import { companyProfileDataSchema, nonprofitProfileDataSchema } from "@/lib/profiles/profile-data";
import { describeProfile } from "@/lib/profiles/questionnaire/describe-profile";
import { questionsOf, QUESTIONS } from "@/lib/profiles/questionnaire/question-catalogue";
import { dataToStepDefaults, stepToData } from "@/lib/profiles/questionnaire/step-data";
import { DATA_STEPS, stepSchemaOf } from "@/lib/profiles/questionnaire/step-schemas";
import { COMPANY_STEPS, NONPROFIT_STEPS } from "../../support/onboarding-steps";

const KINDS = [
  { kind: "COMPANY", steps: COMPANY_STEPS, stored: companyProfileDataSchema },
  { kind: "NONPROFIT", steps: NONPROFIT_STEPS, stored: nonprofitProfileDataSchema },
] as const;

function storedProfile(kind: "COMPANY" | "NONPROFIT", steps: typeof COMPANY_STEPS | typeof NONPROFIT_STEPS) {
  const data: Record<string, unknown> = {};
  for (const step of DATA_STEPS) Object.assign(data, stepToData(kind, step, stepSchemaOf(kind, step).parse(steps[step])).data);
  return data;
}

describe("the question catalogue", () => {
  it.each(KINDS)("asks $kind exactly the fields its stored profile holds", ({ kind, steps, stored }) => {
    const data = storedProfile(kind, steps);
    expect(Object.keys(data).sort()).toEqual(Object.keys(stored.shape).sort());
    // Every answer of the description is a stored field, in the wizard's order.
    expect(describeProfile(kind, data, "it").map((answer) => answer.field).sort()).toEqual(Object.keys(stored.shape).sort());
  });

  it("labels every question, hint, placeholder and unit in both languages", () => {
    for (const locale of ["it", "en"] as const) {
      const texts = questionnaireSection[locale];
      for (const question of QUESTIONS) {
        expect(texts.fields[question.name]).toBeTruthy();
        const hints = typeof question.hint === "string" ? [question.hint] : Object.values(question.hint ?? {});
        for (const hint of hints) expect(texts.fields[hint]).toBeTruthy();
        if (question.control === "select") expect(texts.fields[question.placeholder]).toBeTruthy();
        if (question.control === "number") expect(texts.units[question.unit]).toBeTruthy();
      }
    }
  });

  it("reads a posted form (strings, one box or none) the way it reads the client's typed values", () => {
    const posted = stepSchemaOf("COMPANY", 2).parse({ causes: "p", sdgs: ["4", "8"] });
    expect(posted).toEqual({ causes: ["p"], sdgs: [4, 8], excludeCauses: [] });
    expect(stepSchemaOf("COMPANY", 3).parse({ ...COMPANY_STEPS[3], budgetEur: " 10000 ", volunteerHours: "0" })).toMatchObject({ budgetEur: 10000, volunteerHours: 0 });
    const empty = stepSchemaOf("COMPANY", 3).safeParse({ ...COMPANY_STEPS[3], budgetEur: "", volunteerHours: "tanti" });
    expect(empty.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["budgetEur", "numberRequired"],
      ["volunteerHours", "numberRequired"],
    ]);
  });

  it("gives the form back the stored answers, numbers of the goals as the boxes' strings", () => {
    const data = storedProfile("COMPANY", COMPANY_STEPS);
    expect(dataToStepDefaults("COMPANY", 1, data, "Pavia")).toEqual({ ...COMPANY_STEPS[1] });
    expect(dataToStepDefaults("COMPANY", 2, data, "Pavia")).toEqual({ causes: ["p", "l"], sdgs: ["4", "8"], excludeCauses: [] });
    expect(dataToStepDefaults("NONPROFIT", 3, {}, "Pavia")).toEqual({ offers: [], needs: [], volunteersHosted: undefined, projectBudgetEur: undefined });
  });

  it("describes a stored profile in words: codes labelled, numbers formatted, units and steps named", () => {
    const answers = describeProfile("COMPANY", storedProfile("COMPANY", COMPANY_STEPS), "it");
    const byField = Object.fromEntries(answers.map((answer) => [answer.field, answer]));
    expect(answers[0]).toEqual({ field: "sector", values: ["K 62.10 — Telecomunicazioni, programmazione informatica, servizi d'informazione"], step: 1 });
    expect(byField.budgetEur).toEqual({ field: "budgetEur", values: ["10.000"], step: 3, unit: "eurPerYear" });
    expect(byField.causes?.values[0]).toBe("Inserimento lavorativo di persone svantaggiate");
    expect(byField.sdgs?.values).toEqual(["4. Istruzione di qualità", "8. Lavoro dignitoso e crescita economica"]);
    expect(byField.horizons).toMatchObject({ values: ["Annuale", "Pluriennale (di solito tre anni)"], step: 4 });
    expect(questionsOf("NONPROFIT", 1).map((question) => question.name)).toEqual(["comune", "legalForm", "runtsStatus", "runtsSection", "runtsNumber", "description"]);
  });
});
