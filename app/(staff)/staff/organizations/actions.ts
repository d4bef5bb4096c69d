"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { decideOrganization } from "@/lib/organizations/decide-organization";
import { decideOrganizationSchema } from "@/lib/organizations/review-schemas";

const OUTCOME = { approve: "approved", "request-changes": "changes-requested", reject: "rejected" } as const;

/**
 * The three staff decisions share one form: the pressed button says which. A decision that
 * cannot be taken is answered on the form; a decision taken is announced by the page, where
 * the form no longer is.
 */
export const decideOrganizationAction = defineAction({
  caller: "staff",
  schema: decideOrganizationSchema,
  run: (staff, { decision, ...input }) => decideOrganization(db, staff, decision, input),
  revalidate: ["/staff/organizations"],
  onSuccess: (_result, { decision, organizationId }) => redirect(`/staff/organizations/${organizationId}?outcome=${OUTCOME[decision]}`),
});
