import { z } from "zod";
import { todayInRome } from "@/lib/dates/rome-calendar";
import { parseEuroCents, parseHoursHundredths, type AmountError } from "@/lib/money/parse-amount";
import { isSupportedDay } from "@/lib/validation/calendar-day";

// One schema per operation, shared by the forms and the server actions. Messages are keys
// of t.programme.errors, which the forms translate.

const id = z.string().trim().min(1).max(64);
const optionalText = (max: number) => z.string().trim().max(max, "tooLong").optional().default("");
const day = (required: string) => z.string().trim().min(1, required).refine(isSupportedDay, "dateInvalid");
const optionalDay = z
  .string()
  .trim()
  .optional()
  .default("")
  .refine((value) => value === "" || isSupportedDay(value), "dateInvalid");

/** The message key (t.programme.errors) of each way a typed euro amount can be wrong. */
const VALUE_ERROR_KEYS = { invalid: "valueInvalid", ambiguous: "valueAmbiguous", negative: "negative", tooLarge: "valueTooLarge" } as const satisfies Record<AmountError, string>;

export const ACTIVITY_KINDS = ["ACTIVITY", "MILESTONE"] as const;
export const PARTY_SIDES = ["COMPANY", "NONPROFIT"] as const;
export const CONTRIBUTION_KINDS = ["MONEY", "VOLUNTEER_HOURS", "SKILLS", "GOODS", "SPACES", "SERVICES", "OTHER"] as const;

/** Add (no activityId) or edit an activity or milestone. */
export const saveActivitySchema = z
  .object({
    partnershipId: id,
    activityId: z.string().trim().max(64).optional().default(""),
    kind: z.enum(ACTIVITY_KINDS, "kindRequired"),
    title: z.string().trim().min(1, "titleRequired").max(200, "tooLong"),
    description: optionalText(2000),
    startsOn: optionalDay,
    dueOn: day("dueRequired"),
    ownerId: z.string().trim().max(64).optional().default(""),
    ownerSide: z.union([z.enum(PARTY_SIDES), z.literal("")]).optional().default(""),
  })
  .refine((input) => input.startsOn === "" || input.startsOn <= input.dueOn, { message: "startAfterDue", path: ["startsOn"] });
export type SaveActivityInput = z.input<typeof saveActivitySchema>;

export const setActivityDoneSchema = z.object({
  partnershipId: id,
  activityId: id,
  // From a form, "true"/"false"; from code, a boolean.
  done: z.union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")]),
});

export const deleteActivitySchema = z.object({ partnershipId: id, activityId: id });

/** A contribution given, logged as it happens. Amounts stay text here: parsed by lib/money/parse-amount. */
export const logDeliveredContributionSchema = z
  .object({
    partnershipId: id,
    // A partner always logs for its own side (the service checks); staff choose.
    side: z.union([z.enum(PARTY_SIDES), z.literal("")]).optional().default(""),
    kind: z.enum(CONTRIBUTION_KINDS, "kindRequired"),
    description: z.string().trim().min(1, "descriptionRequired").max(500, "tooLong"),
    deliveredOn: day("deliveredOnRequired").refine((value) => !isSupportedDay(value) || value <= todayInRome(), "deliveredInFuture"),
    hours: z.string().trim().max(20).optional().default(""),
    value: z.string().trim().max(30).optional().default(""),
  })
  .superRefine((input, context) => {
    if (input.kind === "VOLUNTEER_HOURS") {
      const hours = parseHoursHundredths(input.hours);
      if (input.hours === "") context.addIssue({ code: "custom", message: "hoursRequired", path: ["hours"] });
      else if (!hours.ok) context.addIssue({ code: "custom", message: hours.reason === "negative" ? "negative" : "hoursInvalid", path: ["hours"] });
      else if (hours.value === 0) context.addIssue({ code: "custom", message: "hoursInvalid", path: ["hours"] });
    }
    if (input.kind === "MONEY" && input.value === "") context.addIssue({ code: "custom", message: "valueRequired", path: ["value"] });
    if (input.value !== "") {
      const value = parseEuroCents(input.value);
      if (!value.ok) context.addIssue({ code: "custom", message: VALUE_ERROR_KEYS[value.reason], path: ["value"] });
      else if (input.kind === "MONEY" && value.value === 0) context.addIssue({ code: "custom", message: "valueInvalid", path: ["value"] });
    }
  });
export type LogDeliveredContributionInput = z.input<typeof logDeliveredContributionSchema>;

export const deleteDeliveredContributionSchema = z.object({ partnershipId: id, contributionId: id });
