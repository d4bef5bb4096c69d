import { z } from "zod";
import { isCalendarDay } from "@/lib/dates/rome-calendar";

/** The days the app takes: PostgreSQL has no year 0 and nobody plans a partnership for 9999. */
export const FIRST_DAY = "1900-01-01";
export const LAST_DAY = "2200-12-31";

/** A real calendar day "YYYY-MM-DD" between 1900 and 2200. */
export function isSupportedDay(text: string): boolean {
  return isCalendarDay(text) && text >= FIRST_DAY && text <= LAST_DAY;
}

/** A date field as <input type="date"> sends it; any other text, year 0000 included, is `message`. */
export function calendarDay(message: string) {
  return z.string(message).trim().refine(isSupportedDay, message);
}
