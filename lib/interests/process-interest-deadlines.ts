import { DAY_MS } from "@/lib/dates/rome-calendar";
import type { Database } from "@/lib/db/client";
import { notify } from "@/lib/notifications/notify";
import { notificationEmail } from "@/lib/notifications/render-notification";
import { REMINDER_AFTER_WORKING_DAYS } from "./interest-rules";
import { addWorkingDays } from "./working-days";

export type DeadlineReport = { reminded: number; expired: number };

const LINK = "/workspace/interests";

/**
 * The interests' clock, run every few minutes (instrumentation.ts, `npm run jobs`):
 *  - after 14 days without both yeses an interest EXPIRES and its proposer is told (the
 *    partner who sent it, or the staff member who proposed the introduction);
 *  - after 3 working days (Monday to Friday, Italian public holidays and the patron saint
 *    of the CSV's comune excluded: lib/interests/working-days.ts) the
 *    recipients who have not answered are reminded, once.
 *
 * Safe on several app servers at once: every change is a conditional updateMany, and only
 * the run whose update changed the row sends that row's notification. So nothing is sent
 * twice, however many runs overlap.
 */
export async function processInterestDeadlines(db: Database, now: Date = new Date()): Promise<DeadlineReport> {
  let expired = 0;
  const due = await db.interest.findMany({
    where: { status: "PENDING", expiresAt: { lte: now } },
    select: {
      id: true,
      introducedById: true,
      fromOrganizationId: true,
      from: { select: { name: true } },
      to: { select: { name: true } },
    },
  });
  for (const interest of due) {
    const { count } = await db.interest.updateMany({
      where: { id: interest.id, status: "PENDING", expiresAt: { lte: now } },
      data: { status: "EXPIRED", respondedAt: now },
    });
    if (count === 0) continue;
    expired += 1;
    if (interest.introducedById) {
      await notify(db, {
        userIds: [interest.introducedById],
        kind: "introduction.expired",
        params: { companyName: interest.from.name, nonprofitName: interest.to.name },
        link: "/staff/introductions",
      });
    } else {
      const params = { organizationName: interest.to.name };
      await notify(db, {
        organizationIds: [interest.fromOrganizationId],
        kind: "interest.expired",
        params,
        link: LINK,
        email: notificationEmail("interest.expired", params, LINK),
      });
    }
  }

  let reminded = 0;
  // Three working days are at least three calendar days: the query narrows, the working-day
  // rule decides.
  const waiting = await db.interest.findMany({
    where: {
      status: "PENDING",
      remindedAt: null,
      expiresAt: { gt: now },
      createdAt: { lte: new Date(now.getTime() - REMINDER_AFTER_WORKING_DAYS * DAY_MS) },
    },
    select: {
      id: true,
      createdAt: true,
      introducedById: true,
      fromOrganizationId: true,
      toOrganizationId: true,
      from: { select: { name: true } },
      to: { select: { name: true } },
    },
  });
  for (const interest of waiting) {
    if (addWorkingDays(interest.createdAt, REMINDER_AFTER_WORKING_DAYS) > now) continue;
    const { count } = await db.interest.updateMany({
      where: { id: interest.id, status: "PENDING", remindedAt: null },
      data: { remindedAt: now },
    });
    if (count === 0) continue;
    reminded += 1;
    // Whoever has not said yes yet (read again: one side of an introduction may have
    // answered since the list was read): the recipient, or either side of an introduction.
    const answers = await db.interest.findUniqueOrThrow({ where: { id: interest.id }, select: { fromAcceptedAt: true, toAcceptedAt: true } });
    const recipients: { id: string; otherName: string }[] = [];
    if (answers.toAcceptedAt === null) recipients.push({ id: interest.toOrganizationId, otherName: interest.from.name });
    if (answers.fromAcceptedAt === null) recipients.push({ id: interest.fromOrganizationId, otherName: interest.to.name });
    for (const recipient of recipients) {
      const params = { organizationName: recipient.otherName };
      await notify(db, {
        organizationIds: [recipient.id],
        kind: "interest.reminder",
        params,
        link: LINK,
        email: notificationEmail("interest.reminder", params, LINK),
      });
    }
  }
  return { reminded, expired };
}

