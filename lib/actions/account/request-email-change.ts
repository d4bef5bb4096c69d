"use server";

import { defineAction } from "@/lib/actions/define-action";
import { requestEmailChangeSchema } from "@/lib/account/account-schemas";
import { requestEmailChange } from "@/lib/account/request-email-change";
import { db } from "@/lib/db";

/** Sends the confirmation link to the new address and tells the old one; nothing changes yet. */
export const requestEmailChangeAction = defineAction({
  caller: "user",
  schema: requestEmailChangeSchema,
  run: (user, data) => requestEmailChange(db, user, data),
  revalidate: ["/workspace/account", "/staff/account"],
});
