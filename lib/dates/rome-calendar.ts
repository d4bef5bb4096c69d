// Calendar days of the programme, which runs in Pavia: "today" is the day in Italy, whatever
// the server's time zone. Dates without a time (`@db.Date` columns: due dates, delivery and
// measurement days) come back from the database as midnight UTC of their day, so they turn
// into "YYYY-MM-DD" and back without any time zone. The one place for these rules.

/** One day in milliseconds, for elapsed durations (not calendar days: those cross DST). */
export const DAY_MS = 86_400_000;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ROME_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Rome", year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar day of an instant in Italy, "YYYY-MM-DD" (23:30 UTC on 31 December is already 1 January). */
export function dayInRome(instant: Date): string {
  return ROME_DAY.format(instant);
}

/** Today's calendar day in Italy, "YYYY-MM-DD". */
export function todayInRome(now: Date = new Date()): string {
  return dayInRome(now);
}

/** Whether a string is a real calendar day "YYYY-MM-DD" (not 2026-02-30). */
export function isCalendarDay(text: string): boolean {
  if (!ISO_DAY.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** "YYYY-MM-DD" → the value a `@db.Date` column takes (midnight UTC of that day). */
export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** A `@db.Date` value (midnight UTC of its day) → "YYYY-MM-DD". */
export function dateToDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today in Italy as a `@db.Date` value, to compare with such columns in a query ("due before today"). */
export function startOfTodayInRome(now: Date = new Date()): Date {
  return dayToDate(todayInRome(now));
}

/** Whole calendar days from `from` to `to` (both "YYYY-MM-DD"); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayToDate(to).getTime() - dayToDate(from).getTime()) / DAY_MS);
}

/** The calendar day `days` after `day` (before, when negative), "YYYY-MM-DD". */
export function addDays(day: string, days: number): string {
  return dateToDay(new Date(dayToDate(day).getTime() + days * DAY_MS));
}
