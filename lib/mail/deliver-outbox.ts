import nodemailer, { type Transporter } from "nodemailer";
import { serverConfig } from "@/lib/config/server-config";
import type { Database } from "@/lib/db/client";
import { logger, maskEmails } from "@/lib/log/logger";
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs } from "./retry-delay";

// The outbox's delivery worker. Any number of them may run at once (every app server runs
// one, `npm run jobs` runs one more): each claims its rows in one statement with
// FOR UPDATE SKIP LOCKED, so a row is claimed by one worker only, and the others skip it
// instead of waiting. A claim older than CLAIM_EXPIRES_MS (its worker died mid-send) is
// taken over: in that rare case a message may go out twice, never zero times.

const BATCH_SIZE = 20;
const CLAIM_EXPIRES_MS = 10 * 60_000;
const log = logger.child({ job: "outbox" });

export type DeliveryReport = { claimed: number; sent: number; retrying: number; failed: number };

type ClaimedRow = { id: string; to: string; subject: string; text: string; html: string | null; attempts: number };

type DeliveryOptions = {
  /** Defaults to SMTP_URL; without one nothing is sent and rows stay PENDING. */
  smtpUrl?: string;
  from?: string;
  /** The worker's clock, moved by tests. */
  now?: Date;
  batchSize?: number;
};

let cachedTransport: { url: string; transport: Transporter } | undefined;

function transportFor(url: string): Transporter {
  if (cachedTransport?.url !== url) cachedTransport = { url, transport: nodemailer.createTransport(url) };
  return cachedTransport.transport;
}

// Timestamps are passed as ISO text: the columns are `timestamp without time zone` holding
// UTC, as Prisma writes them, and PostgreSQL drops the trailing "Z" on that cast.
async function claimDue(db: Database, now: Date, limit: number): Promise<ClaimedRow[]> {
  const at = now.toISOString();
  const expired = new Date(now.getTime() - CLAIM_EXPIRES_MS).toISOString();
  return db.$queryRaw<ClaimedRow[]>`
    UPDATE "OutboxEmail"
       SET "status" = 'SENDING', "lockedAt" = CAST(${at} AS timestamp(3)), "attempts" = "attempts" + 1
     WHERE "id" IN (
       SELECT "id" FROM "OutboxEmail"
        WHERE ("status" = 'PENDING' AND "nextAttemptAt" <= CAST(${at} AS timestamp(3)))
           OR ("status" = 'SENDING' AND "lockedAt" < CAST(${expired} AS timestamp(3)))
        ORDER BY "nextAttemptAt"
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
    RETURNING "id", "to", "subject", "text", "html", "attempts"`;
}

/**
 * Sends the messages that are due, one batch, and records each outcome: SENT; or back to
 * PENDING with the next try after retryDelayMs(attempts); or FAILED after
 * MAX_DELIVERY_ATTEMPTS tries. Never throws for a failed send.
 */
export async function deliverOutbox(db: Database, options: DeliveryOptions = {}): Promise<DeliveryReport> {
  const config = serverConfig();
  const smtpUrl = options.smtpUrl ?? config.smtpUrl;
  const report: DeliveryReport = { claimed: 0, sent: 0, retrying: 0, failed: 0 };
  if (!smtpUrl) return report;
  const now = options.now ?? new Date();
  const rows = await claimDue(db, now, options.batchSize ?? BATCH_SIZE);
  report.claimed = rows.length;
  const claim = { status: "SENDING" as const, lockedAt: now };
  for (const row of rows) {
    try {
      await transportFor(smtpUrl).sendMail({ from: options.from ?? config.mailFrom, to: row.to, subject: row.subject, text: row.text, html: row.html ?? undefined });
      await db.outboxEmail.updateMany({ where: { id: row.id, ...claim }, data: { status: "SENT", sentAt: new Date(), lockedAt: null, lastError: null } });
      report.sent += 1;
    } catch (error) {
      const reason = maskEmails(error instanceof Error ? error.message : String(error)).slice(0, 500);
      const giveUp = row.attempts >= MAX_DELIVERY_ATTEMPTS;
      await db.outboxEmail.updateMany({
        where: { id: row.id, ...claim },
        data: giveUp
          ? { status: "FAILED", lockedAt: null, lastError: reason }
          : { status: "PENDING", lockedAt: null, lastError: reason, nextAttemptAt: new Date(now.getTime() + retryDelayMs(row.attempts)) },
      });
      if (giveUp) report.failed += 1;
      else report.retrying += 1;
      log.warn({ outboxId: row.id, attempts: row.attempts, giveUp, err: error }, "e-mail delivery failed");
    }
  }
  return report;
}
