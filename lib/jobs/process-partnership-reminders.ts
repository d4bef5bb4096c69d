import { DAY_MS, startOfTodayInRome } from "@/lib/dates/rome-calendar";
import type { Database } from "@/lib/db/client";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { notify } from "@/lib/notifications/notify";
import { notificationEmail } from "@/lib/notifications/render-notification";
import { CHECKLIST_TEMPLATES } from "@/lib/partnerships/checklist-templates";

export type PartnershipReminderReport = { checklistOverdue: number; inactive: number; checkInUnanswered: number };

/** A partnership with no activity for this long is flagged, and its people reminded once. */
export const INACTIVITY_DAYS = 30;
/** A check-in unanswered for this long is reminded once. */
export const CHECK_IN_REMINDER_DAYS = 7;

const CLOSED: PartnershipPhase[] = ["COMPLETED", "DISCONTINUED"];
const OPEN_PARTNERSHIP = { phase: { notIn: CLOSED } };

const partnerLink = (partnershipId: string) => `/workspace/partnerships/${partnershipId}`;
const staffLink = (partnershipId: string) => `/staff/partnerships/${partnershipId}`;

/**
 * The partnerships' clock, run with the other periodic jobs (instrumentation.ts, `npm run
 * jobs`). Only open partnerships (not COMPLETED or DISCONTINUED):
 *  - a checklist item not done by its due date (a day in Italy) reminds its assignee, or
 *    both organisations' members when nobody is assigned — once per due date;
 *  - a partnership without activity for 30 days reminds both organisations' members and
 *    its staff owner (all staff when it has none) — once until new activity;
 *  - a check-in unanswered after 7 days reminds the members of the side that owes it — once.
 *
 * Safe on several app servers at once: each row is claimed first with a conditional
 * updateMany ("…RemindedAt is still null → set it"), and only the run whose update changed
 * the row (count 1) sends that reminder. So nothing goes out twice, however runs overlap;
 * the price is that a run failing between its claim and its notification loses that one
 * reminder (at most once, rather than at least once: a reminder is not worth a duplicate).
 */
export async function processPartnershipReminders(db: Database, now: Date = new Date()): Promise<PartnershipReminderReport> {
  return {
    checklistOverdue: await remindOverdueChecklistItems(db, now),
    inactive: await remindInactivePartnerships(db, now),
    checkInUnanswered: await remindUnansweredCheckIns(db, now),
  };
}

async function remindOverdueChecklistItems(db: Database, now: Date): Promise<number> {
  // dueDate is a calendar day (stored as midnight UTC): overdue once that day is over in Italy.
  const today = startOfTodayInRome(now);
  const due = { doneAt: null, overdueRemindedAt: null, dueDate: { lt: today }, partnership: OPEN_PARTNERSHIP };
  const items = await db.checklistItem.findMany({
    where: due,
    orderBy: { dueDate: "asc" },
    select: {
      id: true,
      phase: true,
      templateKey: true,
      text: true,
      dueDate: true,
      assignee: { select: { id: true, role: true, locale: true, disabled: true } },
      partnership: { select: { id: true, title: true, companyId: true, nonprofitId: true } },
    },
  });
  let reminded = 0;
  for (const item of items) {
    const { count } = await db.checklistItem.updateMany({ where: { id: item.id, ...due }, data: { overdueRemindedAt: now } });
    if (count !== 1 || !item.dueDate) continue;
    reminded += 1;
    const { partnership } = item;
    // The item's text and date in each recipient's own language: notify() takes one set
    // of params, so recipients are grouped by language.
    const recipients = item.assignee && !item.assignee.disabled
      ? [item.assignee]
      : await db.user.findMany({
          where: { disabled: false, memberships: { some: { organizationId: { in: [partnership.companyId, partnership.nonprofitId] } } } },
          select: { id: true, role: true, locale: true },
        });
    for (const [key, group] of groupBy(recipients, (user) => `${localeOf(user.locale)}|${user.role === "PARTNER" ? "partner" : "staff"}`)) {
      const [locale, audience] = key.split("|") as [Locale, "partner" | "staff"];
      const params = {
        partnershipTitle: partnership.title,
        itemText: checklistItemText(item, locale),
        dueDate: new Intl.DateTimeFormat(locale === "it" ? "it-IT" : "en-GB", { dateStyle: "long", timeZone: "UTC" }).format(item.dueDate),
      };
      const link = audience === "partner" ? partnerLink(partnership.id) : staffLink(partnership.id);
      await notify(db, {
        userIds: group.map((user) => user.id),
        kind: "reminder.checklistOverdue",
        params,
        link,
        email: notificationEmail("reminder.checklistOverdue", params, link),
      });
    }
  }
  return reminded;
}

async function remindInactivePartnerships(db: Database, now: Date): Promise<number> {
  const idle = { ...OPEN_PARTNERSHIP, inactivityRemindedAt: null, lastActivityAt: { lt: new Date(now.getTime() - INACTIVITY_DAYS * DAY_MS) } };
  const partnerships = await db.partnership.findMany({
    where: idle,
    orderBy: { lastActivityAt: "asc" },
    select: { id: true, title: true, companyId: true, nonprofitId: true, staffOwnerId: true },
  });
  let reminded = 0;
  for (const partnership of partnerships) {
    const { count } = await db.partnership.updateMany({ where: { id: partnership.id, ...idle }, data: { inactivityRemindedAt: now } });
    if (count !== 1) continue;
    reminded += 1;
    const params = { partnershipTitle: partnership.title };
    const partners = partnerLink(partnership.id);
    await notify(db, {
      organizationIds: [partnership.companyId, partnership.nonprofitId],
      kind: "reminder.inactive",
      params,
      link: partners,
      email: notificationEmail("reminder.inactive", params, partners),
    });
    const staff = staffLink(partnership.id);
    await notify(db, {
      ...(partnership.staffOwnerId ? { userIds: [partnership.staffOwnerId] } : { staff: true }),
      kind: "reminder.inactive",
      params,
      link: staff,
      email: notificationEmail("reminder.inactive", params, staff),
    });
  }
  return reminded;
}

async function remindUnansweredCheckIns(db: Database, now: Date): Promise<number> {
  const waiting = {
    answeredAt: null,
    // Neither dismissed with a reason nor superseded by a later phase's check-in.
    dismissedAt: null,
    supersededAt: null,
    remindedAt: null,
    requestedAt: { lt: new Date(now.getTime() - CHECK_IN_REMINDER_DAYS * DAY_MS) },
    partnership: OPEN_PARTNERSHIP,
  };
  const checkIns = await db.checkIn.findMany({
    where: waiting,
    orderBy: { requestedAt: "asc" },
    select: { id: true, side: true, partnership: { select: { id: true, title: true, companyId: true, nonprofitId: true } } },
  });
  let reminded = 0;
  for (const checkIn of checkIns) {
    const { count } = await db.checkIn.updateMany({ where: { id: checkIn.id, ...waiting }, data: { remindedAt: now } });
    if (count !== 1) continue;
    reminded += 1;
    const { partnership } = checkIn;
    const params = { partnershipTitle: partnership.title };
    const link = partnerLink(partnership.id);
    await notify(db, {
      organizationIds: [checkIn.side === "COMPANY" ? partnership.companyId : partnership.nonprofitId],
      kind: "reminder.checkInUnanswered",
      params,
      link,
      email: notificationEmail("reminder.checkInUnanswered", params, link),
    });
  }
  return reminded;
}

/** A template item's text comes from code, in the reader's language; a person's item as written. */
export function checklistItemText(item: { phase: PartnershipPhase; templateKey: string | null; text: string | null }, locale: Locale): string {
  if (item.text) return item.text;
  const templates = item.phase === "COMPLETED" || item.phase === "DISCONTINUED" ? [] : CHECKLIST_TEMPLATES[item.phase];
  const template = templates.find((entry) => entry.key === item.templateKey);
  return template ? template[locale] : (item.templateKey ?? "");
}

function localeOf(value: string): Locale {
  return isLocale(value) ? value : "it";
}

function groupBy<T>(values: readonly T[], keyOf: (value: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values) groups.set(keyOf(value), [...(groups.get(keyOf(value)) ?? []), value]);
  return groups;
}

