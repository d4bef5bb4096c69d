"use server";

import { redirect } from "next/navigation";
import { failure } from "@/lib/actions/action-state";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { saveQuestionnaireStep } from "@/lib/profiles/questionnaire/save-questionnaire-step";
import { saveStepRequestSchema, submitQuestionnaireSchema } from "@/lib/profiles/questionnaire/step-schemas";
import { submitQuestionnaire } from "@/lib/profiles/questionnaire/submit-questionnaire";

/**
 * Saves one step (Next or Back), then opens the step the person asked for. The service
 * checks the fields with the step schema of the organisation's kind, as the form did.
 */
export const saveStepAction = defineAction({
  caller: "partner",
  schema: saveStepRequestSchema,
  // The step schema keeps the step's own fields and drops the rest (intent among them).
  run: (partner, { step, ...values }) => saveQuestionnaireStep(db, partner, { step, values }),
  revalidate: [["/workspace", "layout"]],
  onSuccess: (result, { step, intent }) => {
    if (!result.ok) return failure("saveFailed", 400, result.fieldErrors);
    redirect(`/workspace/profile?step=${intent === "back" ? Math.max(1, step - 1) : step + 1}`);
  },
});

/** Sends the questionnaire for review (or confirms an active profile), then says so on the page. */
export const submitQuestionnaireAction = defineAction({
  caller: "partner",
  schema: submitQuestionnaireSchema,
  run: (partner) => submitQuestionnaire(db, partner),
  revalidate: [["/workspace", "layout"]],
  onSuccess: (result) => {
    if (!result.ok) return failure("incomplete", 400);
    redirect("/workspace/profile?outcome=submitted");
  },
});
