"use server";

import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { resendVerification } from "@/lib/signup/resend-verification";
import { emailRequestSchema } from "@/lib/signup/signup-schema";

// Public, from the check-email and verify-email pages: the service is rate-limited and
// answers the same whether or not an account waits for confirmation.
export const resendVerificationAction = defineAction({
  caller: "visitor",
  schema: emailRequestSchema,
  run: (visitor, data) => resendVerification(db, visitor, data),
});
