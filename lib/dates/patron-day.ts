// The local patron saint's day, a holiday for the CSV's own office. It is the one setting of
// the working-day calendar that depends on where the CSV is: Pavia's patron is San Siro,
// 9 December. Configured as CSV_PATRON_DAY ("MM-DD"), checked by lib/config.

const MONTH_DAY = /^(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** San Siro, patron of Pavia. */
export const DEFAULT_PATRON_DAY = "12-09";

/** "MM-DD" if `text` is a real day of the year (29 February allowed), otherwise undefined. */
export function parsePatronDay(text: string): string | undefined {
  const match = MONTH_DAY.exec(text.trim());
  if (!match) return undefined;
  const month = Number(match[1]);
  const day = Number(match[2]);
  const last = DAYS_IN_MONTH[month - 1];
  return last !== undefined && day >= 1 && day <= last ? `${match[1]}-${match[2]}` : undefined;
}
