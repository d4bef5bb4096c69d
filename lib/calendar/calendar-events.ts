import type { EventAttributes } from "ics";
import { addDays, dateToDay, dayInRome } from "@/lib/dates/rome-calendar";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";

// The dates of a partnership as iCalendar events. All of them are whole days in Italy
// (a due date, an activity's days, the day a check-in was asked), so they appear on the
// same day in any calendar app, whatever its time zone. Each UID names the row it comes
// from, so an app updates the event in place when the date moves, never duplicates it.

export type CalendarPartnership = {
  id: string;
  title: string;
  /** Where the event links back to: the page this person opens for the partnership. */
  url: string;
  checklist: { id: string; text: string; dueDate: Date }[];
  activities: { id: string; kind: "ACTIVITY" | "MILESTONE"; title: string; description: string | null; startsOn: Date | null; dueOn: Date; doneAt: Date | null }[];
  checkIns: { id: string; requestedAt: Date }[];
};

const UID_DOMAIN = "insieme.csvpavia.it";

/** "YYYY-MM-DD" → the date-only array `ics` writes as VALUE=DATE. */
function dayArray(day: string): [number, number, number] {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return [year, month, date];
}

function allDay(first: string, last: string) {
  // DTEND of an all-day event is the day after the last one (RFC 5545, 3.6.1).
  return { start: dayArray(first), end: dayArray(addDays(last, 1)) };
}

export function partnershipEvents(partnership: CalendarPartnership, t: Messages["calendar"]["events"]): EventAttributes[] {
  const events: EventAttributes[] = [];
  const values = { partnership: partnership.title };
  for (const item of partnership.checklist) {
    const day = dateToDay(item.dueDate);
    events.push({
      uid: `checklist-${item.id}@${UID_DOMAIN}`,
      ...allDay(day, day),
      title: format(t.checklistDue, { ...values, text: item.text }),
      description: `${format(t.checklistDescription, values)}\n${partnership.url}`,
      url: partnership.url,
      categories: [t.category],
      transp: "TRANSPARENT",
    });
  }
  for (const activity of partnership.activities) {
    const last = dateToDay(activity.dueOn);
    const first = activity.startsOn && dateToDay(activity.startsOn) <= last ? dateToDay(activity.startsOn) : last;
    const template = activity.kind === "MILESTONE" ? t.milestone : t.activity;
    events.push({
      uid: `activity-${activity.id}@${UID_DOMAIN}`,
      ...allDay(first, last),
      title: format(template, { ...values, title: activity.title }) + (activity.doneAt ? ` ${t.doneMark}` : ""),
      description: [activity.description, partnership.url].filter(Boolean).join("\n"),
      url: partnership.url,
      categories: [t.category],
      transp: "TRANSPARENT",
    });
  }
  for (const checkIn of partnership.checkIns) {
    const day = dayInRome(checkIn.requestedAt);
    events.push({
      uid: `check-in-${checkIn.id}@${UID_DOMAIN}`,
      ...allDay(day, day),
      title: format(t.checkIn, values),
      description: `${format(t.checkInDescription, values)}\n${partnership.url}`,
      url: partnership.url,
      categories: [t.category],
      transp: "TRANSPARENT",
    });
  }
  return events;
}
