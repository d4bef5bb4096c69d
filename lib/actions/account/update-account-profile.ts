"use server";

import { defineAction } from "@/lib/actions/define-action";
import { updateAccountProfileSchema } from "@/lib/account/account-schemas";
import { updateAccountProfile } from "@/lib/account/update-account-profile";
import { db } from "@/lib/db";
import { rememberLocale } from "@/lib/i18n/remember-locale";
import { success } from "@/lib/actions/action-state";

/** Name and language; the pages follow the chosen language at once (its cookie is set too). */
export const updateAccountProfileAction = defineAction({
  caller: "user",
  schema: updateAccountProfileSchema,
  run: (user, data) => updateAccountProfile(db, user, data),
  revalidate: [["/", "layout"]],
  onSuccess: async (_result, data) => {
    await rememberLocale(data.locale);
    return success();
  },
});
