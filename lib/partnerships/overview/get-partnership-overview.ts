import type { Database } from "@/lib/db/client";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import type { PartnershipAccess } from "../access/partnership-viewer";

export type PartnershipOverview = {
  id: string;
  title: string;
  commonGoal: string;
  phase: PartnershipPhase;
  phaseEnteredAt: Date;
  startedAt: Date;
  endedAt: Date | null;
  discontinuedReason: string | null;
  version: number;
  company: { id: string; name: string; comune: string };
  nonprofit: { id: string; name: string; comune: string };
  staffOwner: { name: string } | null;
  renewedFrom: { id: string; title: string } | null;
  renewal: { id: string; title: string } | null;
};

/** The header of the partnership page: who, what, where it stands. Access resolved first. */
export async function getPartnershipOverview(db: Database, access: PartnershipAccess): Promise<PartnershipOverview> {
  return db.partnership.findUniqueOrThrow({
    where: { id: access.partnershipId },
    select: {
      id: true,
      title: true,
      commonGoal: true,
      phase: true,
      phaseEnteredAt: true,
      startedAt: true,
      endedAt: true,
      discontinuedReason: true,
      version: true,
      company: { select: { id: true, name: true, comune: true } },
      nonprofit: { select: { id: true, name: true, comune: true } },
      staffOwner: { select: { name: true } },
      renewedFrom: { select: { id: true, title: true } },
      renewal: { select: { id: true, title: true } },
    },
  });
}
