"use server";

import type { FormActionState } from "@/components/signup/action-state";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/signup/field-errors";
import { resetPassword } from "@/lib/signup/reset-password";
import { resetPasswordSchema } from "@/lib/signup/signup-schema";

// Public: the single-use token of the e-mail is the credential, checked by the service.
export async function resetPasswordAction(_state: FormActionState, formData: FormData): Promise<FormActionState> {
  const parsed = resetPasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await resetPassword(db, parsed.data);
  } catch (error) {
    if (error instanceof ValidationError) return { status: "error", fieldErrors: { [error.field ?? "form"]: error.message } };
    throw error;
  }
  return { status: "done" };
}
