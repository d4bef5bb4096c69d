import { z } from "zod";

// The staff's three decisions, one schema each, shared by the forms and the server actions.
// Messages are keys of t.review.errors.
const organizationId = z.string().min(1).max(64);
const message = z.string("messageRequired").trim().min(5, "messageRequired").max(2000, "messageTooLong");

export const approveOrganizationSchema = z.object({ organizationId, message: z.string().trim().max(2000, "messageTooLong").optional() });
export const requestOrganizationChangesSchema = z.object({ organizationId, message });
export const rejectOrganizationSchema = z.object({ organizationId, message });

export type ReviewDecisionInput = z.infer<typeof requestOrganizationChangesSchema>;

/** The review form's three buttons post to one action: `decision` is the pressed one. */
export const decideOrganizationSchema = z.discriminatedUnion("decision", [
  approveOrganizationSchema.extend({ decision: z.literal("approve") }),
  requestOrganizationChangesSchema.extend({ decision: z.literal("request-changes") }),
  rejectOrganizationSchema.extend({ decision: z.literal("reject") }),
]);
