import { z } from "zod";
import { calendarDay } from "@/lib/validation/calendar-day";
import { int4 } from "@/lib/validation/int4";

// The zod schemas of the agreement's operations, shared by the forms (react-hook-form)
// and the server actions. Messages are keys of t.agreement.errors.

export const AGREEMENT_TEXT_MAX = 8000;
export const AGREEMENT_TEXT_FIELDS = [
  "objectives",
  "responsibilities",
  "communicationRules",
  "logoUse",
  "indicatorsText",
  "dataProtection",
  "termination",
] as const;
export type AgreementTextField = (typeof AGREEMENT_TEXT_FIELDS)[number];

const text = z.string().trim().min(1, "required").max(AGREEMENT_TEXT_MAX, "tooLong");
const isoDate = calendarDay("invalidDate");
const partnershipId = z.string().min(1).max(64);
/** A checkbox sends "on" (FormData) or true (a client object). */
const checkbox = z.union([z.boolean(), z.literal("on"), z.literal("true")]).optional().transform((value) => value === true || value === "on" || value === "true");

/** The editable content of the agreement. The dates are calendar days (YYYY-MM-DD). */
const contentShape = z.object({
  objectives: text,
  startsOn: isoDate,
  endsOn: isoDate,
  responsibilities: text,
  communicationRules: text,
  logoUse: text,
  indicatorsText: text,
  dataProtection: text,
  termination: text,
});
const endAfterStart = { message: "endBeforeStart", path: ["endsOn"] };

export const agreementContentSchema = contentShape.refine((value) => value.endsOn > value.startsOn, endAfterStart);

export type AgreementContent = z.output<typeof agreementContentSchema>;

export const createAgreementSchema = z.object({ partnershipId });
export type CreateAgreementInput = z.input<typeof createAgreementSchema>;

/**
 * An edit names the revision it was made on (optimistic concurrency) and, when the
 * revision has acceptances, confirms that the edit cancels them.
 */
export const updateAgreementSchema = contentShape
  .extend({
    partnershipId,
    expectedRevision: int4({ min: 1 }),
    confirmCancelAcceptances: checkbox,
  })
  .refine((value) => value.endsOn > value.startsOn, endAfterStart);
export type UpdateAgreementInput = z.input<typeof updateAgreementSchema>;

/** A representative accepts one revision, for their own side, with an explicit checkbox. */
export const acceptAgreementSchema = z.object({
  partnershipId,
  revision: int4({ min: 1 }),
  side: z.enum(["COMPANY", "NONPROFIT"]),
  signerName: z.string().trim().min(3, "signerNameRequired").max(120, "tooLong"),
  signerRole: z.string().trim().min(2, "signerRoleRequired").max(120, "tooLong"),
  confirm: checkbox.refine((value) => value, "confirmRequired"),
});
export type AcceptAgreementInput = z.input<typeof acceptAgreementSchema>;
