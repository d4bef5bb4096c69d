import type { Database } from "@/lib/db/client";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import { renewalTitle } from "./renew-partnership";

export type ClosingView = {
  phase: PartnershipPhase;
  discontinuedReason: string | null;
  renewal: { id: string; title: string } | null;
  /** What the renewal form proposes, to confirm or rewrite: null unless it can be renewed. */
  proposedRenewal: { title: string; commonGoal: string } | null;
};

/** How a partnership ended: the reason it was discontinued, or its renewal if any. */
export async function getClosing(db: Database, viewer: PartnershipViewer, partnershipId: string): Promise<ClosingView> {
  const access = await requirePartnershipAccess(db, viewer, partnershipId);
  const row = await db.partnership.findUniqueOrThrow({
    where: { id: access.partnershipId },
    select: { phase: true, discontinuedReason: true, title: true, commonGoal: true, renewal: { select: { id: true, title: true } } },
  });
  const { title, commonGoal, ...view } = row;
  const renewable = row.phase === "COMPLETED" && !row.renewal;
  return { ...view, proposedRenewal: renewable ? { title: renewalTitle(title), commonGoal } : null };
}
