// Dates without time (due dates, delivery days) are stored as UTC midnight of the day; the
// day that counts as "today" is the day in Pavia.

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Today's calendar day in Italy, "YYYY-MM-DD". */
export function todayInRome(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Rome", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** Whether a string is a real calendar day (not 2026-02-30). */
export function isCalendarDay(text: string): boolean {
  if (!ISO_DAY.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function dateToDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both "YYYY-MM-DD"); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayToDate(to).getTime() - dayToDate(from).getTime()) / 86_400_000);
}
