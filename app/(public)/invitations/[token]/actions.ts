"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { success } from "@/lib/actions/action-state";
import { db } from "@/lib/db";
import { acceptInvitationWithAccount, acceptInvitationWithNewAccount } from "@/lib/organizations/members/accept-invitation";
import { acceptWithAccountSchema, acceptWithNewAccountSchema } from "@/lib/organizations/members/member-schemas";

// Public: the invitation link is the credential, bound in lib to the address it was sent to.

/** A new account from the link; the form then says "log in" with the invitation's address. */
export const acceptWithNewAccountAction = defineAction({
  caller: "visitor",
  schema: acceptWithNewAccountSchema,
  run: (visitor, data) => acceptInvitationWithNewAccount(db, visitor, data),
  onSuccess: (result) => success("accepted", result.email),
});

/** Joining with the account one is signed in with: straight into the organisation (or the staff pages). */
export const acceptWithAccountAction = defineAction({
  caller: "user",
  schema: acceptWithAccountSchema,
  run: (user, data) => acceptInvitationWithAccount(db, user, data),
  onSuccess: (result) => redirect(result.organizationId ? "/workspace/organization/members" : "/staff"),
});
