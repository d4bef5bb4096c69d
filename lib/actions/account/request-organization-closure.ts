"use server";

import { defineAction } from "@/lib/actions/define-action";
import { requestOrganizationClosureSchema } from "@/lib/account/account-schemas";
import { requestOrganizationClosure } from "@/lib/account/request-organization-closure";
import { db } from "@/lib/db";

/** An owner asks staff to close the organisation (the service checks the ownership). */
export const requestOrganizationClosureAction = defineAction({
  caller: "partner",
  schema: requestOrganizationClosureSchema,
  run: (partner, data) => requestOrganizationClosure(db, partner.user, data),
  revalidate: ["/workspace/account"],
});
