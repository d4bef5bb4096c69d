import type { Prisma } from "@/lib/generated/prisma/client";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { requestDelivery } from "./outbox-delivery-loop";
import { preferencesFooter } from "./preferences-footer";

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** The language of the footer; by default the recipient's, when the address is a user's. */
  locale?: Locale;
};

/** The database or a transaction: the recipient's account is read, the message written. */
type Writer = Pick<Prisma.TransactionClient, "user" | "outboxEmail">;

/**
 * Puts an e-mail in the outbox. Nothing is sent inside the request: the delivery worker
 * (deliver-outbox.ts) sends it, retries a failed try with growing delays, and staff see
 * each message's state at /staff/outbox. Without SMTP_URL messages stay in the outbox.
 *
 * Every e-mail gets the footer with the link to the e-mail preferences here, so no producer
 * can forget it; the link is the staff page or the partners' one after the recipient's role.
 *
 * `db` may be a transaction: the message then exists only if the transaction commits.
 */
export async function enqueueMail(db: Writer, message: MailMessage): Promise<void> {
  const { locale, ...mail } = message;
  const user = await db.user.findUnique({ where: { email: mail.to.trim().toLowerCase() }, select: { role: true, locale: true } });
  const footerLocale = locale ?? (user && isLocale(user.locale) ? user.locale : "it");
  const text = `${mail.text}${preferencesFooter(footerLocale, user?.role)}`;
  await db.outboxEmail.create({ data: { ...mail, text }, select: { id: true } });
  requestDelivery();
}
