import type { Database } from "@/lib/db/client";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import { OPEN_CHECK_IN } from "./ask-phase-check-ins";

export type PendingCheckInDto = { id: string; phase: PartnershipPhase; requestedAt: Date };

/**
 * The viewer's side's open check-in (at most one: a phase change supersedes the one before),
 * as a list for the page. None on a closed partnership, where the final evaluation covers it.
 * Staff answer for neither side: none.
 */
export async function listPendingCheckIns(db: Database, viewer: PartnershipViewer, partnershipId: string): Promise<PendingCheckInDto[]> {
  const access = await requirePartnershipAccess(db, viewer, partnershipId);
  if (!access.side || access.closed) return [];
  return db.checkIn.findMany({
    where: { partnershipId: access.partnershipId, side: access.side, ...OPEN_CHECK_IN },
    orderBy: { requestedAt: "asc" },
    select: { id: true, phase: true, requestedAt: true },
  });
}
