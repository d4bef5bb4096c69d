"use server";

import { success } from "@/lib/actions/action-state";
import { defineAction } from "@/lib/actions/define-action";
import { changePasswordSchema } from "@/lib/account/account-schemas";
import { changePassword } from "@/lib/account/change-password";
import { reissueSessionCookie } from "@/lib/auth/reissue-session-cookie";
import { db } from "@/lib/db";

/** A new password: every other session ends, this one gets a cookie with the new session version. */
export const changePasswordAction = defineAction({
  caller: "user",
  schema: changePasswordSchema,
  run: (user, data) => changePassword(db, user, data),
  onSuccess: async ({ sessionVersion }) => {
    await reissueSessionCookie(sessionVersion);
    return success();
  },
});
