// The local patron saint's day, a holiday for the CSV's own office. It is the one setting of
// the working-day calendar that depends on where the CSV is: Pavia's patron is San Siro,
// 9 December. Read from the environment here and nowhere else (CSV_PATRON_DAY, "MM-DD").

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

/**
 * The configured patron day, "MM-DD". An unset or empty variable means Pavia's; a malformed
 * one stops the caller with a message naming the variable, rather than silently counting a
 * holiday as a working day.
 */
export function configuredPatronDay(env: Record<string, string | undefined> = process.env): string {
  const raw = env.CSV_PATRON_DAY?.trim();
  if (!raw) return DEFAULT_PATRON_DAY;
  const parsed = parsePatronDay(raw);
  if (!parsed) throw new Error(`CSV_PATRON_DAY must be a day of the year as MM-DD (e.g. 12-09 for San Siro), not "${raw}"`);
  return parsed;
}
