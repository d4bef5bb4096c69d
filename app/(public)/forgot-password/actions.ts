"use server";

import { headers } from "next/headers";
import type { FormActionState } from "@/components/signup/action-state";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { db } from "@/lib/db";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { RateLimitedError } from "@/lib/signup/errors";
import { fieldErrorsOf } from "@/lib/signup/field-errors";
import { requestPasswordReset } from "@/lib/signup/request-password-reset";
import { emailRequestSchema } from "@/lib/signup/signup-schema";

// Public: whoever forgot the password is not logged in. The service is rate-limited and
// answers the same whether or not the account exists.
export async function requestPasswordResetAction(_state: FormActionState, formData: FormData): Promise<FormActionState> {
  const parsed = emailRequestSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const visitor = { ip: clientIpFrom(await headers()), locale: await getRequestLocale() };
    await requestPasswordReset(db, visitor, parsed.data);
  } catch (error) {
    if (error instanceof RateLimitedError) return { status: "error", message: "rateLimited" };
    throw error;
  }
  return { status: "done" };
}
