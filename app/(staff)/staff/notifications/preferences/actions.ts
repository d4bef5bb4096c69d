"use server";

import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { emailPreferencesSchema } from "@/lib/notifications/email-preferences-schema";
import { updateEmailPreferences } from "@/lib/notifications/update-email-preferences";

export const saveEmailPreferencesAction = defineAction({
  caller: "staff",
  schema: emailPreferencesSchema,
  run: (user, data) => updateEmailPreferences(db, user, data),
  revalidate: ["/staff/notifications/preferences"],
});
