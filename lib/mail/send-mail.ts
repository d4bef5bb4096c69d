import nodemailer, { type Transporter } from "nodemailer";
import type { Database } from "@/lib/db/client";

export type MailMessage = { to: string; subject: string; text: string; html?: string };

const FROM = process.env.MAIL_FROM ?? "Insieme · CSV Pavia <insieme@csvpavia.it>";

let transporter: { url: string; transport: Transporter } | undefined;

function smtpTransport(url: string): Transporter {
  if (transporter?.url !== url) transporter = { url, transport: nodemailer.createTransport(url) };
  return transporter.transport;
}

/**
 * Sends an e-mail and keeps a copy in the outbox table.
 *
 * With SMTP_URL set the message goes to that server; without it (development, the demo)
 * it stays in the outbox, which staff can read in the app. A failed SMTP delivery is
 * recorded on the outbox row and reported as `false`, never thrown: callers decide
 * whether the user should be told (e.g. "we could not send the e-mail, try again").
 */
export async function sendMail(db: Database, message: MailMessage): Promise<boolean> {
  const smtpUrl = process.env.SMTP_URL;
  const row = await db.outboxEmail.create({
    data: { ...message, transport: smtpUrl ? "smtp" : "outbox" },
    select: { id: true },
  });
  if (!smtpUrl) return true;
  try {
    await smtpTransport(smtpUrl).sendMail({ from: FROM, ...message });
    await db.outboxEmail.update({ where: { id: row.id }, data: { sentAt: new Date() } });
    return true;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await db.outboxEmail.update({ where: { id: row.id }, data: { error: reason.slice(0, 500) } });
    return false;
  }
}
