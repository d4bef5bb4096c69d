"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { SaveStepOutcome } from "@/components/questionnaire/field-spec";
import { requirePartner } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { saveQuestionnaireStep } from "@/lib/profiles/questionnaire/save-questionnaire-step";
import { submitQuestionnaire } from "@/lib/profiles/questionnaire/submit-questionnaire";

/** Saves one step; the service validates it with the same schema as the form. */
export async function saveStepAction(step: number, values: unknown): Promise<SaveStepOutcome> {
  const partner = await requirePartner();
  try {
    const result = await saveQuestionnaireStep(db, partner, { step, values });
    if (!result.ok) return { ok: false, fieldErrors: result.fieldErrors, formError: "saveFailed" };
  } catch (error) {
    if (error instanceof ForbiddenError) return { ok: false, formError: "notEditable" };
    if (error instanceof ValidationError || error instanceof NotFoundError) return { ok: false, formError: "saveFailed" };
    throw error;
  }
  revalidatePath("/workspace", "layout");
  return { ok: true };
}

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
