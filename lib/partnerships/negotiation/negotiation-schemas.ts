import { z } from "zod";
import { parseOptionalEuroCents, type AmountError } from "@/lib/money/parse-amount";

// One zod schema per negotiation operation, shared by the forms and the server actions.
// Messages are keys of t.negotiation.errors, resolved by the form.

const id = z.string().trim().min(1).max(64);

/** The message key (t.negotiation.errors) of each way a typed amount can be wrong. */
export const AMOUNT_ERROR_KEYS = { invalid: "amountInvalid", ambiguous: "amountAmbiguous", negative: "amountNegative", tooLarge: "amountTooLarge" } as const satisfies Record<AmountError, string>;
export const CONTRIBUTION_KINDS = ["MONEY", "VOLUNTEER_HOURS", "SKILLS", "GOODS", "SPACES", "SERVICES", "OTHER"] as const;
export const PARTY_SIDES = ["COMPANY", "NONPROFIT"] as const;

export const addContributionSchema = z.object({
  partnershipId: id,
  /** Staff choose the side; a partner's is always its own ("" lets the service decide). */
  side: z.union([z.literal(""), z.enum(PARTY_SIDES)]),
  kind: z.enum(CONTRIBUTION_KINDS, "kindRequired"),
  description: z.string().trim().min(3, "descriptionTooShort").max(500, "descriptionTooLong"),
  value: z
    .string()
    .trim()
    .max(30, "amountInvalid")
    .superRefine((value, context) => {
      const parsed = parseOptionalEuroCents(value);
      if (!parsed.ok) context.addIssue({ code: "custom", message: AMOUNT_ERROR_KEYS[parsed.reason] });
    }),
});
export type AddContributionInput = z.infer<typeof addContributionSchema>;

export const removeContributionSchema = z.object({ partnershipId: id, contributionId: id });
export type RemoveContributionInput = z.infer<typeof removeContributionSchema>;

export const saveExpectationsSchema = z.object({
  partnershipId: id,
  side: z.enum(PARTY_SIDES),
  text: z.string().trim().max(4000, "textTooLong"),
});
export type SaveExpectationsInput = z.infer<typeof saveExpectationsSchema>;

export const saveRolesSchema = z.object({
  partnershipId: id,
  text: z.string().trim().max(4000, "textTooLong"),
});
export type SaveRolesInput = z.infer<typeof saveRolesSchema>;
