import type { z } from "zod";
import { isRuntsSection, legalFormFitsSection, parseRuntsNumber } from "@/lib/registries/runts";
import { LEGAL_FORMS, type LegalForm } from "../vocabulary";
import type { QuestionnaireErrorKey } from "./question-catalogue";

type Data = Record<string, unknown>;

const isLegalForm = (value: unknown): value is LegalForm => typeof value === "string" && (LEGAL_FORMS as readonly string[]).includes(value);
const filled = (value: unknown) => typeof value === "string" && value.trim() !== "";

/**
 * The RUNTS answers of a nonprofit's first step, checked together: an enrolled body gives
 * its section and number; a body enrolling may name the section it asked for, but has no
 * number yet; a section must admit the legal form (an ODV sits in section a, a social
 * cooperative in d). Each problem is reported on the field to fix.
 */
export function checkRuntsAnswers(data: Data, context: z.RefinementCtx): void {
  const issue = (field: string, message: QuestionnaireErrorKey) => context.addIssue({ code: "custom", path: [field], message });
  const { runtsStatus: status, runtsSection: section, runtsNumber: number, legalForm } = data;
  if (status === "enrolled") {
    if (!filled(section)) issue("runtsSection", "runtsSectionRequired");
    if (!filled(number)) issue("runtsNumber", "runtsNumberRequired");
  } else if (filled(number)) {
    issue("runtsNumber", "runtsNumberOnlyEnrolled");
  }
  if (status === "not-enrolled" && filled(section)) issue("runtsSection", "runtsSectionOnlyEnrolled");
  if (isRuntsSection(section) && isLegalForm(legalForm) && !legalFormFitsSection(legalForm, section)) {
    issue("runtsSection", "runtsSectionMismatch");
  }
}

/** The number as stored: canonical digits, or the text as typed when it is not one (the schema refuses those). */
export function canonicalRuntsNumber(text: string): string {
  return parseRuntsNumber(text) ?? text.trim();
}
