import { daysBetween } from "@/lib/dates/rome-calendar";

export type DueStatus =
  | { state: "done" }
  | { state: "overdue"; days: number }
  | { state: "dueToday" }
  | { state: "upcoming"; days: number };

/** Where an activity stands against its due date, in words the page can say. */
export function dueStatus(dueOn: string, done: boolean, today: string): DueStatus {
  if (done) return { state: "done" };
  const days = daysBetween(today, dueOn);
  if (days < 0) return { state: "overdue", days: -days };
  if (days === 0) return { state: "dueToday" };
  return { state: "upcoming", days };
}
