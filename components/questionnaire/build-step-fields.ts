import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import { listComuniOfProvince } from "@/lib/geo";
import type { Messages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import { codeListOf, hintOf, questionsOf, type CodeList, type Question } from "@/lib/profiles/questionnaire/question-catalogue";
import type { DataStep } from "@/lib/profiles/questionnaire/steps";
import type { FieldSpec } from "./field-spec";

type Texts = Messages["questionnaire"];
type Option = { value: string; label: string };

function optionsOf(list: CodeList, locale: Locale): Option[] {
  return list.codes.map((code) => {
    const name = list.names[code];
    return { value: String(code), label: `${list.prefix ? list.prefix(code) : ""}${name ? name[locale] : String(code)}` };
  });
}

function comuneOptions(): Option[] {
  return listComuniOfProvince("PV")
    .map(({ name }) => ({ value: name, label: name }))
    .sort((a, b) => a.label.localeCompare(b.label, "it"));
}

function fieldOf(question: Question, kind: OrganizationKind, locale: Locale, t: Texts): FieldSpec {
  const hintKey = hintOf(question, kind);
  const common = { name: question.name, label: t.fields[question.name], ...(hintKey ? { hint: t.fields[hintKey] } : {}) };
  switch (question.control) {
    case "text":
    case "textarea":
      return { ...common, type: question.control };
    case "number":
      return { ...common, type: "number", unit: t.units[question.unit], ...(question.increment ? { step: question.increment } : {}) };
    case "select": {
      const list = codeListOf(question, kind);
      return { ...common, type: "select", placeholder: t.fields[question.placeholder], options: list ? optionsOf(list, locale) : comuneOptions() };
    }
    case "checkboxes":
      return { ...common, type: "checkboxes", options: optionsOf(codeListOf(question, kind) as CodeList, locale) };
  }
}

/** The fields of one wizard step, in order, labelled in the reader's language (from the question catalogue). */
export function buildStepFields(kind: OrganizationKind, step: DataStep, locale: Locale, t: Texts): FieldSpec[] {
  return questionsOf(kind, step).map((question) => fieldOf(question, kind, locale, t));
}

/** The step names in order, for the progress bar. */
export function stepNames(t: Texts): string[] {
  return [t.steps.who, t.steps.causes, t.steps.resources, t.steps.how, t.steps.review];
}
