import { todayInRome } from "@/lib/dates/rome-calendar";
import { z } from "zod";
import { optionalText } from "@/lib/validation/optional-text";
import { isSupportedDay } from "@/lib/validation/calendar-day";

// One zod schema per operation, shared by the react-hook-form forms and the server
// actions. Messages are keys of t.monitoring.errors, resolved by the forms.

/**
 * A decimal as people type it: "12", "12,5" or "-3.75" (comma or point, at most two
 * decimals, as the columns store). "1.234" is refused rather than guessed: in Italian it
 * reads as a thousand and a bit, in English as one and a bit. Output: a canonical string
 * ("12.5"), which Prisma's Decimal takes without floating-point rounding.
 *
 * Not lib/money's splitDecimalNumber on purpose: an indicator's value may be negative (a
 * balance, a change), and it takes no thousands separators at all — euro amounts accept
 * "1.234" as one thousand two hundred thirty-four, but a measurement of 1.234 tonnes is as
 * likely one and a bit, so here any separator is the decimal one and three decimals are refused.
 */
const DECIMAL = /^-?\d{1,12}(\.\d{1,2})?$/;
const canonicalDecimal = (value: string) => value.replaceAll(" ", "").replace(",", ".");

const decimal = z.string("required").trim().min(1, "required").transform(canonicalDecimal).refine((value) => DECIMAL.test(value), "decimal");

const optionalDecimal = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? canonicalDecimal(value) : undefined))
  .refine((value) => value === undefined || DECIMAL.test(value), "decimal");

export const saveIndicatorSchema = z.object({
  partnershipId: z.string().min(1),
  /** Absent: a new indicator; present: the indicator to change. */
  indicatorId: z
    .string()
    .optional()
    .transform((value) => (value ? value : undefined)),
  name: z.string("required").trim().min(3, "nameTooShort").max(160, "tooLong"),
  unit: z.string("required").trim().min(1, "required").max(40, "tooLong"),
  baseline: decimal,
  target: optionalDecimal,
  direction: z.enum(["INCREASE", "DECREASE"], "required"),
});
export type SaveIndicatorInput = z.input<typeof saveIndicatorSchema>;
export type SaveIndicatorData = z.output<typeof saveIndicatorSchema>;

export const recordMeasurementSchema = z.object({
  partnershipId: z.string().min(1),
  indicatorId: z.string().min(1),
  value: decimal,
  measuredOn: z
    .string("required")
    .refine(isSupportedDay, "date")
    // A measurement cannot be dated after today in Pavia.
    .refine((value) => value <= todayInRome(), "dateInFuture"),
  note: optionalText(500),
});
export type RecordMeasurementInput = z.input<typeof recordMeasurementSchema>;
export type RecordMeasurementData = z.output<typeof recordMeasurementSchema>;

/** A 1..5 scale, from a radio group (a string) or a number. */
const scale = z.coerce.number("rating").int("rating").min(1, "rating").max(5, "rating");

export const answerCheckInSchema = z.object({
  partnershipId: z.string().min(1),
  checkInId: z.string().min(1),
  rating: scale,
  comment: optionalText(1000),
});
export type AnswerCheckInInput = z.input<typeof answerCheckInSchema>;
export type AnswerCheckInData = z.output<typeof answerCheckInSchema>;

/** A partner chooses not to answer a check-in, saying why (staff read it). */
export const dismissCheckInSchema = z.object({
  partnershipId: z.string().min(1),
  checkInId: z.string().min(1),
  reason: z.string("required").trim().min(3, "reasonTooShort").max(500, "tooLong"),
});
export type DismissCheckInInput = z.input<typeof dismissCheckInSchema>;

export const finalEvaluationSchema = z.object({
  partnershipId: z.string().min(1),
  goalAchievement: scale,
  relationship: scale,
  csvSupport: scale,
  wouldRenew: z.enum(["yes", "no"], "choose"),
  results: z.string("required").trim().min(10, "textTooShort").max(4000, "tooLong"),
  lessons: z.string("required").trim().min(10, "textTooShort").max(4000, "tooLong"),
});
export type FinalEvaluationInput = z.input<typeof finalEvaluationSchema>;
export type FinalEvaluationData = z.output<typeof finalEvaluationSchema>;
