"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { approveOrganization } from "@/lib/organizations/approve-organization";
import { rejectOrganization } from "@/lib/organizations/reject-organization";
import { requestOrganizationChanges } from "@/lib/organizations/request-organization-changes";
import { approveOrganizationSchema, requestOrganizationChangesSchema } from "@/lib/organizations/review-schemas";

export type DecisionState = { error?: string; fieldError?: string } | undefined;

const OUTCOME = { approve: "approved", "request-changes": "changes-requested", reject: "rejected" } as const;

/**
 * The three staff decisions share one form: the pressed button says which. The message is
 * checked with the operation's schema; a decision that cannot be taken is answered on the
 * form, never with a 500.
 */
export async function decideOrganizationAction(_state: DecisionState, formData: FormData): Promise<DecisionState> {
  const staff = await requireStaff();
  const decision = formData.get("decision");
  if (decision !== "approve" && decision !== "request-changes" && decision !== "reject") return { error: "invalid" };
  const input = { organizationId: formData.get("organizationId"), message: formData.get("message") ?? "" };
  const parsed = (decision === "approve" ? approveOrganizationSchema : requestOrganizationChangesSchema).safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return issue?.path[0] === "message" ? { fieldError: issue.message } : { error: "invalid" };
  }
  try {
    if (decision === "approve") await approveOrganization(db, staff, parsed.data);
    else if (decision === "reject") await rejectOrganization(db, staff, parsed.data);
    else await requestOrganizationChanges(db, staff, parsed.data);
  } catch (error) {
    if (error instanceof ValidationError) return error.field === "message" ? { fieldError: "messageRequired" } : { error: "notDecidable" };
    if (error instanceof NotFoundError) return { error: "invalid" };
    throw error;
  }
  revalidatePath("/staff/organizations");
  redirect(`/staff/organizations/${parsed.data.organizationId}?outcome=${OUTCOME[decision]}`);
}
