import type { Database } from "@/lib/db/client";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { requirePartnershipAccess } from "../access/require-partnership-access";

export type PendingCheckInDto = { id: string; phase: PartnershipPhase; requestedAt: Date };

/** The viewer's side's unanswered check-ins, oldest first. Staff answer for neither side: none. */
export async function listPendingCheckIns(db: Database, viewer: PartnershipViewer, partnershipId: string): Promise<PendingCheckInDto[]> {
  const access = await requirePartnershipAccess(db, viewer, partnershipId);
  if (!access.side) return [];
  return db.checkIn.findMany({
    where: { partnershipId: access.partnershipId, side: access.side, answeredAt: null },
    orderBy: { requestedAt: "asc" },
    select: { id: true, phase: true, requestedAt: true },
  });
}
