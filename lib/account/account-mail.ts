import type { Database } from "@/lib/db/client";
import { format } from "@/lib/i18n/define-section";
import { getMessages } from "@/lib/i18n/get-messages";
import { isLocale } from "@/lib/i18n/locales";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { siteUrl } from "@/lib/signup/email-token";

type Recipient = { name: string; locale: string };

function mailTexts(recipient: Recipient) {
  return getMessages(isLocale(recipient.locale) ? recipient.locale : "it").account.mail;
}

/** To the new address: the link that makes the change. */
export function sendEmailChangeLink(db: Database, recipient: Recipient, newEmail: string, token: string): Promise<void> {
  const mail = mailTexts(recipient);
  const link = siteUrl(`/confirm-email?token=${encodeURIComponent(token)}`);
  return enqueueMail(db, { to: newEmail, subject: mail.changeLinkSubject, text: format(mail.changeLinkText, { name: recipient.name, link }) });
}

/** To the old address: who asks, for which address, and what to do if it was not them. */
export function sendEmailChangeNotice(db: Database, recipient: Recipient & { email: string }, newEmail: string): Promise<void> {
  const mail = mailTexts(recipient);
  return enqueueMail(db, {
    to: recipient.email,
    subject: mail.changeNoticeSubject,
    text: format(mail.changeNoticeText, { name: recipient.name, newEmail, reset: siteUrl("/forgot-password") }),
  });
}
