import { dateToDay, todayInRome } from "@/lib/dates/rome-calendar";

// Due dates are calendar dates (no time): "today" is the day in Pavia, whatever the server's zone.

/** Overdue: not done, and its due day is before today in Italy (the due day itself still counts). */
export function isOverdue(item: { dueDate: Date | null; doneAt: Date | null }, now: Date): boolean {
  if (!item.dueDate || item.doneAt) return false;
  return dateToDay(item.dueDate) < todayInRome(now);
}
