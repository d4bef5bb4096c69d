import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import type { Messages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import { codeListOf, questionsOf, type CodeList, type Question } from "./question-catalogue";
import type { DataStep } from "./steps";

/** One answer of the questionnaire as a person reads it: a field and its value(s) in words. */
export type ProfileAnswer = {
  /** The key of OrganizationProfile.data, and of its label in t.questionnaire.fields. */
  field: keyof Messages["questionnaire"]["fields"];
  values: string[];
  /** The wizard step that asks it (the review groups by step and links back). */
  step: DataStep;
  /** The unit after a number (a key of t.questionnaire.units). */
  unit?: keyof Messages["questionnaire"]["units"];
};

const numberFormat = (locale: Locale) => new Intl.NumberFormat(locale === "it" ? "it-IT" : "en-GB");

function labelOf(list: CodeList, code: unknown, locale: Locale): string {
  const name = list.names[code as string | number];
  if (!name) return String(code);
  return `${list.prefixInAnswer && list.prefix ? list.prefix(code as string | number) : ""}${name[locale]}`;
}

function valuesOf(question: Question, kind: OrganizationKind, data: Record<string, unknown>, locale: Locale): string[] {
  const value = data[question.name];
  switch (question.control) {
    case "number":
      return typeof value === "number" ? [numberFormat(locale).format(value)] : [];
    case "text":
    case "textarea":
    case "combobox":
      if (Array.isArray(value)) return value.map(String);
      return typeof value === "string" && value !== "" ? [value] : [];
    case "select":
    case "checkboxes": {
      const list = codeListOf(question, kind);
      const codes = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
      return list ? codes.map((code) => labelOf(list, code, locale)) : codes.map(String);
    }
  }
}

/**
 * The stored answers in the order of the wizard, every code replaced by its label (from the
 * question catalogue). The comune is left to the page: it is a column of Organization.
 */
export function describeProfile(kind: OrganizationKind, data: Record<string, unknown>, locale: Locale): ProfileAnswer[] {
  return questionsOf(kind).flatMap((question): ProfileAnswer[] => {
    if (question.answer === false) return [];
    const unit = question.control === "number" ? question.unit : undefined;
    const values = question.answer ? question.answer.describe(data, locale) : valuesOf(question, kind, data, locale);
    return [{ field: question.answer?.field ?? question.name, values, step: question.step, ...(unit ? { unit } : {}) }];
  });
}
