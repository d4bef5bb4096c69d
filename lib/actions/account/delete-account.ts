"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { deleteAccountSchema } from "@/lib/account/account-schemas";
import { deleteAccount } from "@/lib/account/delete-account";
import { db } from "@/lib/db";

/** The account is erased; its session cookie names a user that no longer exists, so it is refused from now on. */
export const deleteAccountAction = defineAction({
  caller: "partner",
  schema: deleteAccountSchema,
  run: (partner, data) => deleteAccount(db, partner.user, data),
  onSuccess: () => redirect("/account-deleted"),
});
