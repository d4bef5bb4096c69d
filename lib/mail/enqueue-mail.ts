import type { Database } from "@/lib/db/client";
import { requestDelivery } from "./outbox-delivery-loop";

export type MailMessage = { to: string; subject: string; text: string; html?: string };

/**
 * Puts an e-mail in the outbox. Nothing is sent inside the request: the delivery worker
 * (deliver-outbox.ts) sends it, retries a failed try with growing delays, and staff see
 * each message's state at /staff/outbox. Without SMTP_URL messages stay in the outbox.
 *
 * `db` may be a transaction: the message then exists only if the transaction commits.
 */
export async function enqueueMail(db: Database, message: MailMessage): Promise<void> {
  await db.outboxEmail.create({ data: message, select: { id: true } });
  requestDelivery();
}
