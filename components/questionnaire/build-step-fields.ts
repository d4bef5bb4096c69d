import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import { format } from "@/lib/i18n/define-section";
import { listProvinces } from "@/lib/geo";
import { findAteco, suggestAteco2025 } from "@/lib/registries/ateco";
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

/** Italy's provinces by name, "Pavia (PV)" (listed on the server: the table stays there). */
function provinceOptions(): Option[] {
  return listProvinces()
    .map(({ sigla, name }) => ({ value: sigla, label: `${name} (${sigla})` }))
    .sort((a, b) => a.label.localeCompare(b.label, "it"));
}

/** "62.10.00 — Attività di programmazione informatica", in the reader's language. */
export function atecoLabel(code: string, locale: Locale): string | undefined {
  const entry = findAteco(code);
  return entry ? `${entry.code} — ${locale === "it" ? entry.titleIt : entry.titleEn}` : undefined;
}

/** The ATECO field of a profile that still holds an ATECO 2007 code: its words, and ISTAT's suggestion. */
function atecoTexts(code: unknown, locale: Locale, t: Texts): { initialLabel?: string; notice?: string } {
  if (typeof code !== "string" || code === "") return {};
  const label = atecoLabel(code, locale);
  if (label) return { initialLabel: label };
  const suggestion = suggestAteco2025(code);
  if (!suggestion) return {};
  const to = atecoLabel(suggestion.to.code, locale) ?? suggestion.to.code;
  return { notice: format(suggestion.correspondences > 1 ? t.fields.ateco2007SplitNotice : t.fields.ateco2007Notice, { old: suggestion.from, suggested: to }) };
}

function fieldOf(question: Question, kind: OrganizationKind, locale: Locale, t: Texts, defaults: Record<string, unknown>): FieldSpec {
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
      return { ...common, type: "select", placeholder: t.fields[question.placeholder], options: list ? optionsOf(list, locale) : [] };
    }
    case "combobox":
      return { ...common, type: "combobox", registry: question.registry, ...(question.registry === "ateco" ? atecoTexts(defaults[question.name], locale, t) : {}) };
    case "checkboxes":
      if (question.options === "provinces") return { ...common, type: "checkboxes", options: provinceOptions() };
      return { ...common, type: "checkboxes", options: optionsOf(codeListOf(question, kind) as CodeList, locale) };
  }
}

/**
 * The fields of one wizard step, in order, labelled in the reader's language (from the
 * question catalogue); the step's current values name what the registries know of them.
 */
export function buildStepFields(kind: OrganizationKind, step: DataStep, locale: Locale, t: Texts, defaults: Record<string, unknown> = {}): FieldSpec[] {
  return questionsOf(kind, step).map((question) => fieldOf(question, kind, locale, t, defaults));
}

/** The step names in order, for the progress bar. */
export function stepNames(t: Texts): string[] {
  return [t.steps.who, t.steps.causes, t.steps.resources, t.steps.how, t.steps.review];
}
