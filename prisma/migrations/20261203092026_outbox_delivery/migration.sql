-- The outbox becomes a queue: requests write PENDING rows, a worker delivers them with
-- retries (lib/mail/deliver-outbox.ts). Edited by hand to keep existing rows' history:
-- "error" is renamed, and each old row gets the status its columns meant.

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'FAILED');

-- AlterTable
ALTER TABLE "OutboxEmail" RENAME COLUMN "error" TO "lastError";
ALTER TABLE "OutboxEmail"
ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lockedAt" TIMESTAMP(3),
ADD COLUMN     "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING';

-- Old rows: handed to SMTP → SENT, a recorded SMTP failure → FAILED (it was never retried),
-- kept in the outbox only (no SMTP_URL then) → FAILED with that reason, so that configuring
-- SMTP later does not mail out months-old links.
UPDATE "OutboxEmail" SET "status" = 'SENT', "attempts" = 1 WHERE "sentAt" IS NOT NULL;
UPDATE "OutboxEmail" SET "status" = 'FAILED', "attempts" = 1 WHERE "sentAt" IS NULL AND "lastError" IS NOT NULL;
UPDATE "OutboxEmail" SET "status" = 'FAILED', "lastError" = 'not sent: SMTP_URL was not set' WHERE "sentAt" IS NULL AND "lastError" IS NULL AND "transport" = 'outbox';

ALTER TABLE "OutboxEmail" DROP COLUMN "transport";

-- CreateIndex
CREATE INDEX "OutboxEmail_status_nextAttemptAt_idx" ON "OutboxEmail"("status", "nextAttemptAt");
