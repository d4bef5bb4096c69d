import { z } from "zod";
import type { Database } from "@/lib/db/client";
import { MAX_EURO_CENTS, parseEuroCents } from "@/lib/money/parse-amount";

/**
 * The value of one hour of volunteering when no one at the CSV has set it yet: €18.00, a
 * placeholder of the order of an hour of qualified work in Italy, NOT an official figure.
 * CSV staff set the programme's own value at /staff/reports (README, "Impact reports").
 */
export const DEFAULT_VOLUNTEER_HOUR_VALUE_CENTS = 1800;

/** An hour is worth something, and not more than €1,000. */
const MAX_HOUR_VALUE_CENTS = Math.min(100_000, MAX_EURO_CENTS);

export const PROGRAMME_SETTINGS_ID = "programme";

/** The staff form's one field, "18,50" or "18.50" (euro), as cents. */
export const volunteerHourValueSchema = z.object({
  value: z.string().transform((text, context) => {
    const parsed = parseEuroCents(text);
    if (!parsed.ok || parsed.value <= 0 || parsed.value > MAX_HOUR_VALUE_CENTS) {
      context.addIssue({ code: "custom", message: "hourValueInvalid" });
      return z.NEVER;
    }
    return parsed.value;
  }),
});

/** The programme's value of a volunteer hour, in cents: the staff's setting, or the default. */
export async function getVolunteerHourValueCents(db: Database): Promise<number> {
  const row = await db.programmeSetting.findUnique({ where: { id: PROGRAMME_SETTINGS_ID }, select: { volunteerHourValueCents: true } });
  return row?.volunteerHourValueCents ?? DEFAULT_VOLUNTEER_HOUR_VALUE_CENTS;
}

/** The value in € of `hours` hours, in cents, rounded to the cent. */
export function valueOfHoursCents(hours: number, hourValueCents: number): number {
  return Math.round(hours * hourValueCents);
}
