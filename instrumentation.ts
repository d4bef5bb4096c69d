// Runs once when a Next.js server starts. It schedules the interests' clock (reminders
// after 3 working days, expiry after 14 days) and the partnerships' reminders (overdue
// checklist items, 30 days without activity, unanswered check-ins) every 15 minutes in
// the server process. Several app servers may all do so: both jobs claim each row with a
// conditional update, so each notification goes out once. `npm run jobs` does one run by hand.

const EVERY_MS = 15 * 60 * 1000;

export async function register() {
  // Only in the Node.js server, not the edge runtime, and not while `next build` loads modules.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // Before any request: the client's address comes from the socket, not from headers.
  const { stampClientAddress } = await import("@/lib/auth/stamp-client-address");
  stampClientAddress();
  const { db } = await import("@/lib/db");
  const { processInterestDeadlines } = await import("@/lib/interests/process-interest-deadlines");
  const { purgeExpiredRecords } = await import("@/lib/jobs/purge-expired-records");
  const { processPartnershipReminders } = await import("@/lib/jobs/process-partnership-reminders");
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const report = await processInterestDeadlines(db);
      if (report.reminded + report.expired > 0) {
        console.log(`[jobs] interest deadlines: ${report.reminded} reminded, ${report.expired} expired`);
      }
    } catch (error) {
      // Never crash the server for a job: log and try again next time.
      console.error("[jobs] interest deadlines failed:", error);
    }
    try {
      const reminders = await processPartnershipReminders(db);
      if (reminders.checklistOverdue + reminders.inactive + reminders.checkInUnanswered > 0) {
        console.log(
          `[jobs] partnership reminders: ${reminders.checklistOverdue} overdue checklist items, ${reminders.inactive} inactive partnerships, ${reminders.checkInUnanswered} unanswered check-ins`,
        );
      }
    } catch (error) {
      console.error("[jobs] partnership reminders failed:", error);
    }
    try {
      await purgeExpiredRecords(db);
    } catch (error) {
      console.error("[jobs] purge failed:", error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void run(), EVERY_MS);
  timer.unref();
  // A first run shortly after start, once the server is listening.
  setTimeout(() => void run(), 30_000).unref();
}
