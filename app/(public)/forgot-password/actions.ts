"use server";

import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { requestPasswordReset } from "@/lib/signup/request-password-reset";
import { emailRequestSchema } from "@/lib/signup/signup-schema";

// Public: whoever forgot the password is not logged in. The service is rate-limited and
// answers the same whether or not the account exists.
export const requestPasswordResetAction = defineAction({
  caller: "visitor",
  schema: emailRequestSchema,
  run: (visitor, data) => requestPasswordReset(db, visitor, data),
});
