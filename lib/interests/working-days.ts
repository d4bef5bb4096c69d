// Working days for the interest reminders: Monday to Friday, minus the Italian public
// holidays (from the `date-holidays` package, so new ones such as 4 October, national again
// from 2026, arrive with an update) and the patron saint's day of the CSV's comune.
// Days are counted on the calendar of Rome, where the programme runs.

import Holidays from "date-holidays";
import { DAY_MS, dayInRome } from "@/lib/dates/rome-calendar";
import { serverConfig } from "@/lib/config/server-config";

let italy: Holidays | undefined;
const publicHolidaysByYear = new Map<number, Set<string>>();

/** The Italian public holidays of a year, as "YYYY-MM-DD" (observances such as Mother's Day left out). */
export function italianPublicHolidays(year: number): Set<string> {
  const cached = publicHolidaysByYear.get(year);
  if (cached) return cached;
  italy ??= new Holidays("IT", { types: ["public"] });
  const days = new Set(
    (italy.getHolidays(year) || []).filter((holiday) => holiday.type === "public").map((holiday) => holiday.date.slice(0, 10)),
  );
  publicHolidaysByYear.set(year, days);
  return days;
}

/** Whether the Rome calendar day of `instant` is a working day. */
export function isWorkingDay(instant: Date, patronDay: string = serverConfig().patronDay): boolean {
  const day = dayInRome(instant);
  const [year, month, date] = day.split("-").map(Number);
  const weekday = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, date ?? 1)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  if (day.slice(5) === patronDay) return false;
  return !italianPublicHolidays(year ?? 0).has(day);
}

/**
 * The instant `count` working days after `start`, at the same time of day: an interest sent
 * on Friday at 10:00 is three working days old on Wednesday at 10:00.
 */
export function addWorkingDays(start: Date, count: number): Date {
  const patronDay = serverConfig().patronDay;
  let instant = start.getTime();
  let left = count;
  while (left > 0) {
    instant += DAY_MS;
    if (isWorkingDay(new Date(instant), patronDay)) left -= 1;
  }
  return new Date(instant);
}
