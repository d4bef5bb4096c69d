"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { failure } from "@/lib/actions/action-state";
import { defineAction } from "@/lib/actions/define-action";
import { requirePartner } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { saveQuestionnaireStep } from "@/lib/profiles/questionnaire/save-questionnaire-step";
import { saveStepRequestSchema } from "@/lib/profiles/questionnaire/step-schemas";
import { submitQuestionnaire } from "@/lib/profiles/questionnaire/submit-questionnaire";

/**
 * Saves one step (Next or Back), then opens the step the person asked for. The service
 * checks the fields with the step schema of the organisation's kind, as the form did.
 */
export const saveStepAction = defineAction({
  caller: "partner",
  schema: saveStepRequestSchema,
  run: (partner, { step, intent: _intent, ...values }) => saveQuestionnaireStep(db, partner, { step, values }),
  revalidate: [["/workspace", "layout"]],
  onSuccess: (result, { step, intent }) => {
    if (!result.ok) return failure("saveFailed", 400, result.fieldErrors);
    redirect(`/workspace/profile?step=${intent === "back" ? Math.max(1, step - 1) : step + 1}`);
  },
});

export async function submitQuestionnaireAction(): Promise<void> {
  const partner = await requirePartner();
  let outcome = "submitted";
  try {
    const result = await submitQuestionnaire(db, partner);
    if (!result.ok) outcome = "incomplete";
  } catch (error) {
    if (error instanceof ForbiddenError) outcome = "not-editable";
    else if (error instanceof NotFoundError) outcome = "incomplete";
    else throw error;
  }
  revalidatePath("/workspace", "layout");
  redirect(`/workspace/profile?outcome=${outcome}`);
}
