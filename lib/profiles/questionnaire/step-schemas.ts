import { z } from "zod";
import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import { questionsOf } from "./question-catalogue";
import { checkAreaAnswers } from "./area-of-action";
import { checkRuntsAnswers } from "./runts-rule";
import { DATA_STEPS, type DataStep } from "./steps";

// One zod schema per wizard step and kind, built from the question catalogue: shared by the
// react-hook-form forms and the server. Every message is a key of t.questionnaire.errors.

export { DATA_STEPS, isDataStep, REVIEW_STEP, STEP_COUNT, type DataStep } from "./steps";
export { NEED_CODES, OFFER_CODES, type QuestionnaireErrorKey } from "./question-catalogue";

type StepSchema = z.ZodObject<Record<string, z.ZodType>>;

function schemasOf(kind: OrganizationKind): Record<DataStep, StepSchema> {
  const entries = DATA_STEPS.map((step) => {
    const schema = z.object(Object.fromEntries(questionsOf(kind, step).map((question) => [question.name, question.schema])));
    // Answers checked together (each issue still names its field); they run once every field passed.
    const rule = kind === "NONPROFIT" && step === 1 ? checkRuntsAnswers : kind === "COMPANY" && step === 4 ? checkAreaAnswers : undefined;
    return [step, rule ? schema.superRefine(rule) : schema];
  });
  return Object.fromEntries(entries) as Record<DataStep, StepSchema>;
}

export const companyStepSchemas = schemasOf("COMPANY");
export const nonprofitStepSchemas = schemasOf("NONPROFIT");

export function stepSchemaOf(kind: OrganizationKind, step: DataStep): z.ZodType<Record<string, unknown>, Record<string, unknown>> {
  return (kind === "COMPANY" ? companyStepSchemas[step] : nonprofitStepSchemas[step]) as unknown as z.ZodType<Record<string, unknown>, Record<string, unknown>>;
}

/**
 * A step's form as posted: which step, whether the person goes on or back, and the step's
 * fields, which the service checks with the step schema of the organisation's kind.
 */
export const saveStepRequestSchema = z.looseObject({
  step: z.coerce.number("saveFailed").int("saveFailed").min(1, "saveFailed").max(DATA_STEPS.length, "saveFailed"),
  intent: z.enum(["next", "back"]).default("next"),
});

/** Sending the questionnaire for review takes no input: the stored answers are what is sent. */
export const submitQuestionnaireSchema = z.object({});
