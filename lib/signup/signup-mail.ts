import type { Database } from "@/lib/db/client";
import { format } from "@/lib/i18n/define-section";
import { getMessages } from "@/lib/i18n/get-messages";
import { isLocale } from "@/lib/i18n/locales";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { siteUrl } from "./email-token";

type Recipient = { email: string; name: string; locale: string };

function localeOf(recipient: Recipient) {
  return isLocale(recipient.locale) ? recipient.locale : "it";
}

function messagesFor(recipient: Recipient) {
  return getMessages(localeOf(recipient)).signup.mail;
}

/** The e-mail with the verification link, in the recipient's language. */
export function sendVerificationMail(db: Database, recipient: Recipient, token: string): Promise<void> {
  const mail = messagesFor(recipient);
  const link = siteUrl(`/verify-email?token=${encodeURIComponent(token)}`);
  return enqueueMail(db, {
    to: recipient.email,
    locale: localeOf(recipient),
    subject: mail.verifySubject,
    text: format(mail.verifyText, { name: recipient.name, link }),
  });
}

/** The e-mail with the password reset link, in the recipient's language. */
export function sendPasswordResetMail(db: Database, recipient: Recipient, token: string): Promise<void> {
  const mail = messagesFor(recipient);
  const link = siteUrl(`/reset-password?token=${encodeURIComponent(token)}`);
  return enqueueMail(db, {
    to: recipient.email,
    locale: localeOf(recipient),
    subject: mail.resetSubject,
    text: format(mail.resetText, { name: recipient.name, link }),
  });
}

/** To the owner of an e-mail someone tried to sign up with again: no link, just what to do. */
export function sendSignupAttemptMail(db: Database, recipient: Recipient): Promise<void> {
  const mail = messagesFor(recipient);
  return enqueueMail(db, {
    to: recipient.email,
    locale: localeOf(recipient),
    subject: mail.signupAttemptSubject,
    text: format(mail.signupAttemptText, { name: recipient.name, login: siteUrl("/login"), reset: siteUrl("/forgot-password") }),
  });
}
