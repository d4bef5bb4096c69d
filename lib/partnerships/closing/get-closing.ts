import type { Database } from "@/lib/db/client";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { requirePartnershipAccess } from "../access/require-partnership-access";

export type ClosingView = { phase: PartnershipPhase; discontinuedReason: string | null; renewal: { id: string; title: string } | null };

/** How a partnership ended: the reason it was discontinued, or its renewal if any. */
export async function getClosing(db: Database, viewer: PartnershipViewer, partnershipId: string): Promise<ClosingView> {
  const access = await requirePartnershipAccess(db, viewer, partnershipId);
  return db.partnership.findUniqueOrThrow({
    where: { id: access.partnershipId },
    select: { phase: true, discontinuedReason: true, renewal: { select: { id: true, title: true } } },
  });
}
