import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { touchPartnership } from "../access/touch-partnership";
import { isAgreementSignedByBoth } from "../agreement/is-agreement-signed-by-both";
import { notifyAgreement } from "../agreement/notify-agreement";
import { updateTitleGoalSchema, type UpdateTitleGoalInput } from "./title-goal-schema";

/** The goal as the agreement template writes it into the objectives (trailing dots dropped). */
const asWritten = (goal: string) => goal.trim().replace(/[.\s]+$/, "");

/**
 * Rewrites the partnership's title and common goal: either partner or staff, while the
 * partnership is open and its agreement is not yet accepted by both (after that the goal
 * is what both signed). The agreement shows the current goal in its Art. 2; where its
 * objectives quote the old goal, they are updated too, which makes a new revision. An
 * acceptance by one side is cancelled by that change, only when the editor confirms it
 * (as for an edit of the agreement), and both parties are asked to accept again.
 * The audit row keeps the words before and after, for the history.
 */
export async function updateTitleAndGoal(db: Database, viewer: PartnershipViewer, rawInput: UpdateTitleGoalInput, now = new Date()): Promise<void> {
  const input = updateTitleGoalSchema.parse(rawInput);
  const outcome = await db.$transaction(async (tx) => {
    const access = await requirePartnershipAccess(tx, viewer, input.partnershipId);
    if (access.closed) throw new ValidationError("closed", "form");
    // Serialises with an acceptance of the agreement happening at the same moment.
    await tx.$executeRaw`SELECT 1 FROM "Partnership" WHERE "id" = ${access.partnershipId} FOR UPDATE`;
    if (await isAgreementSignedByBoth(tx, access.partnershipId)) throw new ValidationError("agreementAccepted", "form");
    const before = await tx.partnership.findUniqueOrThrow({ where: { id: access.partnershipId }, select: { title: true, commonGoal: true } });
    if (before.title === input.title && before.commonGoal === input.commonGoal) return { access, cancelled: 0, title: before.title };

    const agreement = await tx.agreement.findUnique({
      where: { partnershipId: access.partnershipId },
      select: { id: true, objectives: true, acceptances: { where: { cancelledAt: null }, select: { id: true } } },
    });
    let cancelled = 0;
    if (agreement) {
      const objectives = agreement.objectives
        .replace(`«${before.title}»`, `«${input.title}»`)
        .replace(`“${before.title}”`, `“${input.title}”`)
        .replace(asWritten(before.commonGoal), asWritten(input.commonGoal));
      // Art. 2 reads the goal itself, so the agreement changes even when its objectives do not quote it.
      if (agreement.acceptances.length > 0 && !input.confirmCancelAcceptances) throw new ValidationError("confirmCancelRequired", "confirmCancelAcceptances");
      await tx.agreement.update({ where: { id: agreement.id }, data: { objectives, revision: { increment: 1 }, updatedById: viewer.userId } });
      cancelled = (await tx.agreementAcceptance.updateMany({ where: { agreementId: agreement.id, cancelledAt: null }, data: { cancelledAt: now } })).count;
    }
    await tx.partnership.update({ where: { id: access.partnershipId }, data: { title: input.title, commonGoal: input.commonGoal } });
    await touchPartnership(tx, access.partnershipId, now);
    await recordAudit(tx, {
      actorId: viewer.userId,
      action: "partnership.titleGoal",
      targetType: "Partnership",
      targetId: access.partnershipId,
      before,
      after: { title: input.title, commonGoal: input.commonGoal, ...(cancelled > 0 ? { cancelledAcceptances: cancelled } : {}) },
    });
    return { access, cancelled, title: input.title };
  });
  if (outcome.cancelled > 0) {
    await notifyAgreement(db, "partnership.agreementChanged", {
      partnershipId: outcome.access.partnershipId,
      organizationIds: [outcome.access.companyId, outcome.access.nonprofitId],
      params: { partnershipTitle: outcome.title },
    });
  }
}
