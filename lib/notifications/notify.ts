import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { isLocale } from "@/lib/i18n/locales";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { decideEmailDelivery, type EmailPreferences } from "./email-kinds";
import { loadEmailPreferences } from "./load-email-preferences";

export type NotificationContent = { subject: string; text: string };

export type NotifyInput = {
  /** Who is told: users, every member of organisations, and/or all CSV staff and admins. */
  userIds?: string[];
  organizationIds?: string[];
  staff?: boolean;
  /** A stable code (e.g. "interest.received"); the text comes from the catalogs. */
  kind: string;
  params: Record<string, string | number>;
  /** A path inside the site the notification leads to. */
  link?: string;
  /** The e-mail in the recipient's language; omit for in-app only. */
  email?: (locale: Locale) => NotificationContent;
};

/**
 * Tells people that something happened: an in-app notification for each recipient, always.
 * When `email` is given, each recipient's preference for the kind of e-mail
 * (decideEmailDelivery) says whether it goes out now in their language, waits for their
 * daily digest (send-daily-digests.ts), or is not sent. Disabled users are skipped.
 */
export async function notify(db: Database, input: NotifyInput): Promise<number> {
  const recipients = await db.user.findMany({
    where: {
      disabled: false,
      OR: [
        { id: { in: input.userIds ?? [] } },
        { memberships: { some: { organizationId: { in: input.organizationIds ?? [] } } } },
        ...(input.staff ? [{ role: { in: ["STAFF" as const, "ADMIN" as const] } }] : []),
      ],
    },
    select: { id: true, email: true, locale: true },
  });
  if (recipients.length === 0) return 0;
  const preferences = input.email ? await loadEmailPreferences(db, recipients.map((recipient) => recipient.id)) : new Map<string, EmailPreferences>();
  const delivery = (userId: string) => (input.email ? decideEmailDelivery(input.kind, preferences.get(userId) ?? {}) : "NEVER");
  await db.notification.createMany({
    data: recipients.map((recipient) => ({
      userId: recipient.id,
      kind: input.kind,
      params: input.params as Prisma.InputJsonValue,
      link: input.link ?? null,
      digestPending: delivery(recipient.id) === "DIGEST",
    })),
  });
  if (input.email) {
    for (const recipient of recipients) {
      if (delivery(recipient.id) !== "IMMEDIATE") continue;
      const locale = isLocale(recipient.locale) ? recipient.locale : "it";
      await enqueueMail(db, { to: recipient.email, locale, ...input.email(locale) });
    }
  }
  return recipients.length;
}
