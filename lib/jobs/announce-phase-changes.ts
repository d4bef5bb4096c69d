import type { Database } from "@/lib/db/client";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/log/logger";
import { notifyPhaseChange } from "@/lib/partnerships/monitoring/notify-phase-change";

const BATCH_SIZE = 50;
const log = logger.child({ job: "phase-change-notices" });

type ClaimedNotice = { id: string; partnershipId: string; toPhase: PartnershipPhase };

/**
 * Tells both organisations about the board moves whose grace period is over (see
 * movePartnership): each due PhaseChangeNotice is claimed by deleting it, in one statement
 * with FOR UPDATE SKIP LOCKED, so on several app servers each notice is claimed once, and
 * an undo that deletes the same row first leaves nothing to claim. A run failing between
 * the claim and the notification loses that one notice (at most once, as the reminders).
 * The notice names the phase entered; the partnership's current title and parties are read
 * now, so a rename during the grace is what people see.
 */
export async function announcePhaseChanges(db: Database, now: Date = new Date()): Promise<number> {
  const at = now.toISOString();
  // Timestamps as ISO text: the columns are `timestamp without time zone` holding UTC.
  const claimed = await db.$queryRaw<ClaimedNotice[]>`
    DELETE FROM "PhaseChangeNotice"
     WHERE "id" IN (
       SELECT "id" FROM "PhaseChangeNotice"
        WHERE "notBefore" <= CAST(${at} AS timestamp(3))
        ORDER BY "notBefore"
        LIMIT ${BATCH_SIZE}
        FOR UPDATE SKIP LOCKED)
    RETURNING "id", "partnershipId", "toPhase"`;
  let told = 0;
  for (const notice of claimed) {
    const partnership = await db.partnership.findUnique({
      where: { id: notice.partnershipId },
      select: { title: true, companyId: true, nonprofitId: true },
    });
    if (!partnership) continue;
    try {
      await notifyPhaseChange(db, { partnershipId: notice.partnershipId, toPhase: notice.toPhase, ...partnership });
      told += 1;
    } catch (error) {
      log.error({ err: error, partnershipId: notice.partnershipId }, "phase change notification failed");
    }
  }
  return told;
}
