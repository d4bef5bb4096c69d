"use server";

import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { resetPassword } from "@/lib/signup/reset-password";
import { resetPasswordSchema } from "@/lib/signup/signup-schema";

// Public: the single-use token of the e-mail is the credential, checked by the service.
export const resetPasswordAction = defineAction({
  caller: "visitor",
  schema: resetPasswordSchema,
  run: (_visitor, data) => resetPassword(db, data),
});
