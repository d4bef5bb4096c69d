// Working days for the interest reminders: Monday to Friday, minus the Italian national
// holidays. Days are counted on the calendar of Rome, where the programme runs.

import { DAY_MS, dayInRome } from "@/lib/dates/rome-calendar";

/** Easter Sunday of a year (Gregorian, "anonymous" algorithm), as month (1-12) and day. */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

// New Year, Epiphany, Liberation, Labour, Republic, Assumption, All Saints, Immaculate
// Conception, Christmas, St Stephen. (Pavia's patron saint, San Siro on 9 December, is local.)
const FIXED_HOLIDAYS = new Set(["01-01", "01-06", "04-25", "05-01", "06-02", "08-15", "11-01", "12-08", "12-25", "12-26"]);

function romeDate(instant: Date): { year: number; month: number; day: number } {
  const [year, month, day] = dayInRome(instant).split("-").map(Number);
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
}

/** Whether the Rome calendar day of `instant` is a working day. */
export function isWorkingDay(instant: Date): boolean {
  const { year, month, day } = romeDate(instant);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const key = `${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (FIXED_HOLIDAYS.has(key)) return false;
  const easter = easterSunday(year);
  const easterMonday = new Date(Date.UTC(year, easter.month - 1, easter.day) + DAY_MS);
  return !(easterMonday.getUTCMonth() + 1 === month && easterMonday.getUTCDate() === day);
}

/**
 * The instant `count` working days after `start`, at the same time of day: an interest sent
 * on Friday at 10:00 is three working days old on Wednesday at 10:00.
 */
export function addWorkingDays(start: Date, count: number): Date {
  let instant = start.getTime();
  let left = count;
  while (left > 0) {
    instant += DAY_MS;
    if (isWorkingDay(new Date(instant))) left -= 1;
  }
  return new Date(instant);
}
