// Due dates are calendar dates (no time): "today" is the day in Pavia, whatever the server's zone.

const romeDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Rome", year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar day of an instant in Italy, as "YYYY-MM-DD". */
export function dayInRome(instant: Date): string {
  return romeDay.format(instant);
}

/** A stored due date (midnight UTC of its day) as "YYYY-MM-DD". */
export function dueDateString(dueDate: Date): string {
  return dueDate.toISOString().slice(0, 10);
}

/** Overdue: not done, and its due day is before today in Italy (the due day itself still counts). */
export function isOverdue(item: { dueDate: Date | null; doneAt: Date | null }, now: Date): boolean {
  if (!item.dueDate || item.doneAt) return false;
  return dueDateString(item.dueDate) < dayInRome(now);
}
