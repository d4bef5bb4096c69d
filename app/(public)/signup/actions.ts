"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { FormActionState } from "@/components/signup/action-state";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { RateLimitedError } from "@/lib/signup/errors";
import { fieldErrorsOf } from "@/lib/signup/field-errors";
import { registerOrganization } from "@/lib/signup/register-organization";
import { resendVerification } from "@/lib/signup/resend-verification";
import { emailRequestSchema, signupSchema } from "@/lib/signup/signup-schema";

// Public actions: nobody is logged in yet, so there is no guard to call. The services
// rate-limit them per address (and per e-mail where one is given).

async function currentVisitor() {
  return { ip: clientIpFrom(await headers()), locale: await getRequestLocale() };
}

export async function signUpAction(_state: FormActionState, formData: FormData): Promise<FormActionState> {
  const parsed = signupSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: "formHasErrors", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    // A new e-mail and one that already has an account get the same answer (no enumeration).
    await registerOrganization(db, await currentVisitor(), parsed.data);
  } catch (error) {
    if (error instanceof RateLimitedError) return { status: "error", message: "rateLimited" };
    if (error instanceof ValidationError) {
      return { status: "error", message: "formHasErrors", fieldErrors: { [error.field ?? "form"]: error.message } };
    }
    throw error;
  }
  redirect("/signup/check-email");
}

export async function resendVerificationAction(_state: FormActionState, formData: FormData): Promise<FormActionState> {
  const parsed = emailRequestSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await resendVerification(db, await currentVisitor(), parsed.data);
  } catch (error) {
    if (error instanceof RateLimitedError) return { status: "error", message: "rateLimited" };
    throw error;
  }
  return { status: "done" };
}
