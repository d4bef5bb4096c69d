import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { touchPartnership } from "../access/touch-partnership";
import type { RemoveContributionInput } from "./negotiation-schemas";

/** Removes a planned contribution: a partner only its own side's, staff either. */
export async function removePlannedContribution(db: Database, viewer: PartnershipViewer, input: RemoveContributionInput, now = new Date()) {
  await db.$transaction(async (tx) => {
    const access = await requirePartnershipAccess(tx, viewer, input.partnershipId);
    if (access.closed) throw new ValidationError("closed");
    const row = await tx.plannedContribution.findFirst({
      where: { id: input.contributionId, partnershipId: access.partnershipId },
      select: { id: true, side: true, kind: true, description: true, valueCents: true },
    });
    if (!row) throw new NotFoundError("Contribution not found.");
    if (access.side && row.side !== access.side) throw new ForbiddenError("A partner removes only its own side's contributions.");
    await tx.plannedContribution.delete({ where: { id: row.id } });
    await touchPartnership(tx, access.partnershipId, now);
    const { id, ...before } = row;
    await recordAudit(tx, { actorId: viewer.userId, action: "negotiation.contribution-remove", targetType: "Partnership", targetId: access.partnershipId, before: { contributionId: id, ...before } });
  });
}
