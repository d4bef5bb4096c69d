import { serverConfig } from "@/lib/config/server-config";
import { dayToDate } from "@/lib/dates/rome-calendar";
import { dayInZone, zonedInstant } from "@/lib/dates/zoned-clock";
import type { Database } from "@/lib/db/client";
import { isLocale } from "@/lib/i18n/locales";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { decideEmailDelivery } from "@/lib/notifications/email-kinds";
import { loadEmailPreferences } from "@/lib/notifications/load-email-preferences";
import { renderDigest } from "@/lib/notifications/render-digest";

export type DigestReport = { sent: number };
export type DigestSchedule = { time: string; timeZone: string };

/**
 * The daily digest, run with the other periodic jobs (instrumentation.ts, `npm run jobs`).
 * From the digest time of a day (DIGEST_TIME in DIGEST_TIME_ZONE, 07:00 in Italy by
 * default), each person with notifications waiting for the digest and written before that
 * time gets one e-mail, in their language; what arrives later waits for the next day.
 *
 * At most one e-mail per person per day, on any number of servers: each person's digest is
 * a transaction that first inserts the (userId, day) row of EmailDigest with ON CONFLICT DO
 * NOTHING. A second run, here or on another server, waits for the first's commit and then
 * inserts nothing, so it sends nothing; if the first fails, its claim rolls back with it and
 * the next run sends. The notifications it carried point to the row.
 */
export async function sendDailyDigests(db: Database, now: Date = new Date(), schedule?: DigestSchedule): Promise<DigestReport> {
  const { time, timeZone } = schedule ?? { time: serverConfig().digestTime, timeZone: serverConfig().digestTimeZone };
  const day = dayInZone(now, timeZone);
  const cutoff = zonedInstant(day, time, timeZone);
  if (now < cutoff) return { sent: 0 };
  const waiting = await db.notification.findMany({
    where: { digestPending: true, createdAt: { lt: cutoff } },
    distinct: ["userId"],
    select: { userId: true },
  });
  let sent = 0;
  for (const { userId } of waiting) {
    if (await sendDigest(db, userId, day, cutoff)) sent += 1;
  }
  return { sent };
}

async function sendDigest(db: Database, userId: string, day: string, cutoff: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const [claim] = await tx.emailDigest.createManyAndReturn({ data: [{ userId, day: dayToDate(day) }], skipDuplicates: true, select: { id: true } });
    if (!claim) return false;
    const items = await tx.notification.findMany({
      where: { userId, digestPending: true, createdAt: { lt: cutoff } },
      orderBy: { createdAt: "asc" },
      select: { id: true, kind: true, params: true, link: true, readAt: true },
    });
    await tx.notification.updateMany({ where: { id: { in: items.map((item) => item.id) } }, data: { digestPending: false, digestId: claim.id } });
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, name: true, locale: true, disabled: true } });
    // What was read in the app already, or whose kind the person has since set to "never", is left out.
    const preferences = (await loadEmailPreferences(tx, [userId])).get(userId) ?? {};
    const unread = items.filter((item) => item.readAt === null && decideEmailDelivery(item.kind, preferences) !== "NEVER");
    if (!user || user.disabled || unread.length === 0) return false;
    const locale = isLocale(user.locale) ? user.locale : "it";
    await enqueueMail(tx, { to: user.email, locale, ...renderDigest({ name: user.name, locale, siteUrl: serverConfig().siteUrl, items: unread }) });
    return true;
  });
}
