import type { Database } from "@/lib/db/client";
import { format } from "@/lib/i18n/define-section";
import { getMessages } from "@/lib/i18n/get-messages";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { siteUrl } from "@/lib/signup/email-token";
import type { InvitedRole } from "./invitation-token";

export type InvitationMail = {
  email: string;
  /** The invitation's language: the account's own when the address has one. */
  locale: Locale;
  inviterName: string;
  /** Null for an invitation to the CSV staff. */
  organizationName: string | null;
  role: InvitedRole;
  expiresAt: Date;
};

/** The language to write to an address in: its account's, or the one the inviter chose. */
export async function invitationLocale(db: Database, email: string, chosen: Locale): Promise<Locale> {
  const account = await db.user.findUnique({ where: { email }, select: { locale: true } });
  return account && isLocale(account.locale) ? account.locale : chosen;
}

/** The invitation e-mail, with its single-use link, in the invitee's language. */
export function sendInvitationMail(db: Database, mail: InvitationMail, token: string): Promise<void> {
  const t = getMessages(mail.locale).members;
  const link = siteUrl(`/invitations/${encodeURIComponent(token)}`);
  const expires = new Intl.DateTimeFormat(mail.locale === "it" ? "it-IT" : "en-GB", { dateStyle: "long", timeZone: "Europe/Rome" }).format(mail.expiresAt);
  const values = {
    inviter: mail.inviterName,
    organization: mail.organizationName ?? "",
    role: t.roles[mail.role],
    email: mail.email,
    link,
    expires,
  };
  const toStaff = mail.organizationName === null;
  return enqueueMail(db, {
    to: mail.email,
    subject: format(toStaff ? t.mail.staffSubject : t.mail.subject, values),
    text: format(toStaff ? t.mail.staffText : t.mail.text, values),
  });
}
