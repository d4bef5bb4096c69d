import { dayToDate } from "@/lib/dates/rome-calendar";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { touchPartnership } from "../access/touch-partnership";
import { updateAgreementSchema, type UpdateAgreementInput } from "./agreement-schema";
import { notifyAgreement } from "./notify-agreement";

export type UpdateAgreementResult = { revision: number; cancelledAcceptances: number };

/**
 * Saves an edit of the agreement by either partner or staff. Every edit makes a new
 * revision; it applies only if the agreement is still at the revision the editor read
 * (otherwise ConflictError). Acceptances of the old revision are cancelled (kept, with
 * cancelledAt, for the history) — the editor must confirm that explicitly — and the
 * parties are told to read and accept it again.
 */
export async function updateAgreement(db: Database, viewer: PartnershipViewer, rawInput: UpdateAgreementInput, now = new Date()): Promise<UpdateAgreementResult> {
  const input = updateAgreementSchema.parse(rawInput);
  const result = await db.$transaction(async (tx) => {
    const access = await requirePartnershipAccess(tx, viewer, input.partnershipId);
    if (access.closed) throw new ForbiddenError("closed");
    const agreement = await tx.agreement.findUnique({
      where: { partnershipId: access.partnershipId },
      select: { id: true, revision: true, acceptances: { where: { cancelledAt: null }, select: { id: true } } },
    });
    if (!agreement) throw new NotFoundError("Agreement not found.");
    if (agreement.revision !== input.expectedRevision) throw new ConflictError("The agreement changed since it was read.");
    const active = agreement.acceptances.length;
    if (active > 0 && !input.confirmCancelAcceptances) throw new ValidationError("confirmCancelRequired", "confirmCancelAcceptances");

    const updated = await tx.agreement.updateMany({
      where: { id: agreement.id, revision: input.expectedRevision },
      data: {
        objectives: input.objectives,
        startsOn: dayToDate(input.startsOn),
        endsOn: dayToDate(input.endsOn),
        responsibilities: input.responsibilities,
        communicationRules: input.communicationRules,
        logoUse: input.logoUse,
        indicatorsText: input.indicatorsText,
        dataProtection: input.dataProtection,
        termination: input.termination,
        revision: { increment: 1 },
        updatedById: viewer.userId,
      },
    });
    if (updated.count === 0) throw new ConflictError("The agreement changed since it was read.");
    const cancelled = await tx.agreementAcceptance.updateMany({ where: { agreementId: agreement.id, cancelledAt: null }, data: { cancelledAt: now } });
    const revision = input.expectedRevision + 1;
    await recordAudit(tx, {
      actorId: viewer.userId,
      action: "agreement.updated",
      targetType: "Partnership",
      targetId: access.partnershipId,
      before: { revision: input.expectedRevision },
      after: { revision, cancelledAcceptances: cancelled.count },
    });
    await touchPartnership(tx, access.partnershipId, now);
    return { access, revision, cancelledAcceptances: cancelled.count };
  });

  if (result.cancelledAcceptances > 0) {
    const partnership = await db.partnership.findUniqueOrThrow({ where: { id: result.access.partnershipId }, select: { title: true } });
    await notifyAgreement(db, "partnership.agreementChanged", {
      partnershipId: result.access.partnershipId,
      organizationIds: [result.access.companyId, result.access.nonprofitId],
      params: { partnershipTitle: partnership.title },
    });
  }
  return { revision: result.revision, cancelledAcceptances: result.cancelledAcceptances };
}
