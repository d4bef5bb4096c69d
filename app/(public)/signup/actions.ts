"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { requestToJoinSchema } from "@/lib/organizations/members/member-schemas";
import { requestToJoin } from "@/lib/organizations/members/request-to-join";
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

/**
 * The tax code is already signed up: ask its owners to invite this person. Limited per
 * address and per e-mail; the same answer whatever happened (lib/organizations/members/request-to-join.ts).
 */
export const requestToJoinAction = defineAction({
  caller: "visitor",
  schema: requestToJoinSchema,
  run: (visitor, data) => requestToJoin(db, visitor, data),
});
