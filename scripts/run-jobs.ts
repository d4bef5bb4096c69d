// `npm run jobs`: runs the periodic jobs once (outbox delivery, interest reminders and
// expiries, partnership reminders, the daily e-mail digest, purge of expired records) against DATABASE_URL or the embedded database, e.g. from cron. The app server also runs them
// every 15 minutes (instrumentation.ts); both at once is safe, see processInterestDeadlines.
import { loadEnvFiles } from "@/lib/config/load-env-files";
import { createDatabaseClient } from "@/lib/db/client";
import { openDatabase } from "@/lib/db/open-database";
import { processInterestDeadlines } from "@/lib/interests/process-interest-deadlines";
import { announcePhaseChanges } from "@/lib/jobs/announce-phase-changes";
import { processPartnershipReminders } from "@/lib/jobs/process-partnership-reminders";
import { purgeExpiredRecords } from "@/lib/jobs/purge-expired-records";
import { sendDailyDigests } from "@/lib/jobs/send-daily-digests";
import { deliverOutbox } from "@/lib/mail/deliver-outbox";

async function main() {
  loadEnvFiles();
  const database = await openDatabase();
  try {
    const client = createDatabaseClient(database.url);
    try {
      const report = await processInterestDeadlines(client);
      console.log(`Interest deadlines: ${report.reminded} reminded, ${report.expired} expired.`);
      const reminders = await processPartnershipReminders(client);
      console.log(
        `Partnership reminders: ${reminders.checklistOverdue} overdue checklist items, ${reminders.inactive} inactive partnerships, ${reminders.checkInUnanswered} unanswered check-ins.`,
      );
      const digests = await sendDailyDigests(client);
      console.log(`Daily digests: ${digests.sent} sent.`);
      // After the reminders and digests, so those just written go out in this run too.
      console.log(`Phase changes told: ${await announcePhaseChanges(client)}.`);
      let mail = await deliverOutbox(client);
      const delivered = { ...mail };
      while (mail.claimed > 0) {
        mail = await deliverOutbox(client);
        delivered.sent += mail.sent;
        delivered.retrying += mail.retrying;
        delivered.failed += mail.failed;
      }
      console.log(`Outbox: ${delivered.sent} sent, ${delivered.retrying} to retry later, ${delivered.failed} given up.`);
      const purged = await purgeExpiredRecords(client);
      console.log(
        `Purged: ${purged.rateLimits} rate-limit counters, ${purged.revokedSessions} revoked sessions, ${purged.emailTokens} e-mail links, ${purged.invitations} invitations, ` +
          `${purged.sentEmails} sent e-mails, ${purged.emailDigests} digest records, ${purged.auditLog} audit rows, ${purged.partnerships} ended partnerships, ` +
          `${purged.organizationsErased} closed organisations erased (${purged.organizationsDeleted} removed).`,
      );
    } finally {
      await client.$disconnect();
    }
  } finally {
    await database.release();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
