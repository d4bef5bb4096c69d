"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { registerOrganization } from "@/lib/signup/register-organization";
import { signupServerSchema } from "@/lib/signup/signup-server-schema";

// Public: nobody is logged in yet. The service rate-limits signups per address and per e-mail.
// A new e-mail and one that already has an account get the same answer (no enumeration).
export const signUpAction = defineAction({
  caller: "visitor",
  schema: signupServerSchema,
  run: (visitor, data) => registerOrganization(db, visitor, data),
  onSuccess: () => redirect("/signup/check-email"),
});
