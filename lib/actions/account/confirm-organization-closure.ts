"use server";

import { defineAction } from "@/lib/actions/define-action";
import { confirmOrganizationClosureSchema } from "@/lib/account/account-schemas";
import { confirmOrganizationClosure } from "@/lib/account/confirm-organization-closure";
import { db } from "@/lib/db";

/** Staff confirm an owner's request to close an organisation. */
export const confirmOrganizationClosureAction = defineAction({
  caller: "staff",
  schema: confirmOrganizationClosureSchema,
  run: (staff, data) => confirmOrganizationClosure(db, staff, data),
  revalidate: (data) => [`/staff/organizations/${data.organizationId}`],
});
