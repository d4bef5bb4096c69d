import type { Database } from "@/lib/db/client";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import type { PartnershipAccess } from "../access/partnership-viewer";
import { isAgreementSignedByBoth } from "../agreement/is-agreement-signed-by-both";

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
  /** Whether the title and goal may still be rewritten (open, agreement not accepted by both). */
  titleGoalEditable: boolean;
  /** One side accepted the agreement: rewriting the goal cancels that acceptance. */
  agreementHasAcceptance: boolean;
};

/** The header of the partnership page: who, what, where it stands. Access resolved first. */
export async function getPartnershipOverview(db: Database, access: PartnershipAccess): Promise<PartnershipOverview> {
  const [row, signedByBoth, acceptances] = await Promise.all([
    readOverview(db, access),
    isAgreementSignedByBoth(db, access.partnershipId),
    db.agreementAcceptance.count({ where: { agreement: { partnershipId: access.partnershipId }, cancelledAt: null } }),
  ]);
  return { ...row, titleGoalEditable: !access.closed && !signedByBoth, agreementHasAcceptance: acceptances > 0 };
}

function readOverview(db: Database, access: PartnershipAccess) {
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
