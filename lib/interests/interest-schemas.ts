import { z } from "zod";

// One schema per operation, shared by the forms and the server actions. Messages are
// keys of the `suggestions.validation` catalog, resolved by the form.

const message = z
  .string()
  .trim()
  .min(20, "messageTooShort")
  .max(1000, "messageTooLong");

export const expressInterestSchema = z.object({
  organizationId: z.string().trim().min(1, "targetRequired"),
  message,
});
export type ExpressInterestInput = z.infer<typeof expressInterestSchema>;

export const respondToInterestSchema = z.object({
  interestId: z.string().trim().min(1, "targetRequired"),
  decision: z.enum(["accept", "decline"]),
  message: z.string().trim().max(1000, "messageTooLong").optional().default(""),
});
export type RespondToInterestInput = z.input<typeof respondToInterestSchema>;

export const withdrawInterestSchema = z.object({ interestId: z.string().trim().min(1, "targetRequired") });

export const proposeIntroductionSchema = z.object({
  companyId: z.string().trim().min(1, "companyRequired"),
  nonprofitId: z.string().trim().min(1, "nonprofitRequired"),
  message,
});
export type ProposeIntroductionInput = z.infer<typeof proposeIntroductionSchema>;

export const dismissSuggestionSchema = z.object({ organizationId: z.string().trim().min(1, "targetRequired") });
