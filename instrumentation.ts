import type { Instrumentation } from "next";

// Runs once when a Next.js server starts. It checks the configuration (a wrong one stops
// the server with every problem listed), starts the outbox's delivery loop (every ~20 s
// and right after a message is written), and schedules the interests' clock (reminders
// after 3 working days, expiry after 14 days) and the partnerships' reminders every 15
// minutes, with the daily e-mail digest (sent at the first run from DIGEST_TIME), and the
// board moves' phase-change notices every 10 s. Several app servers may all do so: every
// job claims each row with a conditional update or FOR UPDATE SKIP LOCKED, so each piece
// of work is done once.
// `npm run jobs` does one run by hand.

const EVERY_MS = 15 * 60 * 1000;
const NOTICES_EVERY_MS = 10_000;

export async function register() {
  // Only in the Node.js server, not the edge runtime, and not while `next build` loads
  // modules. These are Next's own markers, not configuration.
  /* eslint-disable no-restricted-properties */
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  /* eslint-enable no-restricted-properties */
  const { ConfigError, serverConfig } = await import("@/lib/config/server-config");
  try {
    serverConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  // Before any request: the client's address comes from the socket, not from headers.
  const { stampClientAddress } = await import("@/lib/auth/stamp-client-address");
  stampClientAddress();
  const { db } = await import("@/lib/db");
  const { logger } = await import("@/lib/log/logger");
  const { startOutboxDelivery } = await import("@/lib/mail/outbox-delivery-loop");
  const { processInterestDeadlines } = await import("@/lib/interests/process-interest-deadlines");
  const { purgeExpiredRecords } = await import("@/lib/jobs/purge-expired-records");
  const { processPartnershipReminders } = await import("@/lib/jobs/process-partnership-reminders");
  const { sendDailyDigests } = await import("@/lib/jobs/send-daily-digests");
  const log = logger.child({ job: "scheduled" });
  startOutboxDelivery(db);
  // Board moves are told after their grace period (PHASE_CHANGE_GRACE_SECONDS): checked often.
  const { announcePhaseChanges } = await import("@/lib/jobs/announce-phase-changes");
  let announcing = false;
  const announce = async () => {
    if (announcing) return;
    announcing = true;
    try {
      await announcePhaseChanges(db);
    } catch (error) {
      log.error({ task: "phase-change-notices", err: error }, "phase change notices failed");
    } finally {
      announcing = false;
    }
  };
  setInterval(() => void announce(), NOTICES_EVERY_MS).unref();
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const report = await processInterestDeadlines(db);
      if (report.reminded + report.expired > 0) log.info({ task: "interest-deadlines", ...report }, "interest deadlines");
    } catch (error) {
      // Never crash the server for a job: log and try again next time.
      log.error({ task: "interest-deadlines", err: error }, "interest deadlines failed");
    }
    try {
      const reminders = await processPartnershipReminders(db);
      if (reminders.checklistOverdue + reminders.inactive + reminders.checkInUnanswered > 0) {
        log.info({ task: "partnership-reminders", ...reminders }, "partnership reminders");
      }
    } catch (error) {
      log.error({ task: "partnership-reminders", err: error }, "partnership reminders failed");
    }
    try {
      // After the reminders: a reminder waiting for the digest goes out in today's.
      const digests = await sendDailyDigests(db);
      if (digests.sent > 0) log.info({ task: "daily-digests", ...digests }, "daily digests");
    } catch (error) {
      log.error({ task: "daily-digests", err: error }, "daily digests failed");
    }
    try {
      await purgeExpiredRecords(db);
    } catch (error) {
      log.error({ task: "purge", err: error }, "purge failed");
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void run(), EVERY_MS);
  timer.unref();
  // A first run shortly after start, once the server is listening.
  setTimeout(() => void run(), 30_000).unref();
}

/**
 * Every error a request hits on the server, logged once as JSON with the digest the user
 * sees on the error page and the request id, so a user's report leads to the log line.
 * The path is logged without its query string (it may carry a one-time token), and
 * neither headers nor body are logged.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  // eslint-disable-next-line no-restricted-properties -- Next's runtime marker
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("@/lib/log/logger");
  const { REQUEST_ID_HEADER } = await import("@/lib/log/request-id");
  const requestId = request.headers[REQUEST_ID_HEADER];
  const digest = error && typeof error === "object" && "digest" in error ? String(error.digest) : undefined;
  logger.error(
    {
      err: error,
      digest,
      requestId: Array.isArray(requestId) ? requestId[0] : requestId,
      method: request.method,
      path: request.path.split("?")[0],
      route: context.routePath,
      routeType: context.routeType,
    },
    "request failed",
  );
};
