"use server";

import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { contactDetailsSchema } from "@/lib/organizations/contact-details-schema";
import { updateContactDetails } from "@/lib/organizations/update-contact-details";

/** The partner's own organisation's contact details, shown to partners once a partnership opens. */
export const saveContactDetailsAction = defineAction({
  caller: "partner",
  schema: contactDetailsSchema,
  run: (partner, data) => updateContactDetails(db, partner, data),
  revalidate: ["/workspace/contacts"],
});
