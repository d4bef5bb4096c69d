"use server";

import { defineAction } from "@/lib/actions/define-action";
import { withdrawConsentSchema } from "@/lib/account/account-schemas";
import { withdrawConsent } from "@/lib/account/withdraw-consent";
import { db } from "@/lib/db";

export const withdrawConsentAction = defineAction({
  caller: "user",
  schema: withdrawConsentSchema,
  run: (user, data) => withdrawConsent(db, user, data),
  revalidate: ["/workspace/account", "/staff/account"],
});
