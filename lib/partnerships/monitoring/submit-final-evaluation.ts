import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { notificationEmail } from "@/lib/notifications/render-notification";
import { notify } from "@/lib/notifications/notify";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import { touchPartnership } from "../access/touch-partnership";
import { canSubmitFinalEvaluation } from "./monitoring-rules";
import { finalEvaluationSchema, type FinalEvaluationInput } from "./monitoring-schemas";

/**
 * A member of one side submits (or corrects) that side's final evaluation: one per side,
 * during monitoring, until the partnership is completed. The first submission tells the
 * other side and CSV staff (the partnership's CSV contact, or all staff without one).
 */
export async function submitFinalEvaluation(db: Database, viewer: PartnershipViewer, rawInput: FinalEvaluationInput): Promise<{ firstSubmission: boolean }> {
  const input = finalEvaluationSchema.parse(rawInput);
  const outcome = await db.$transaction(async (tx) => {
    const access = await requirePartnershipAccess(tx, viewer, input.partnershipId);
    if (!access.side) throw new ForbiddenError("Each party fills in its own final evaluation.");
    if (access.closed) throw new ValidationError("closed", "form");
    if (!canSubmitFinalEvaluation(access)) throw new ValidationError("evaluationTooEarly", "form");
    const side = access.side;
    const data = {
      goalAchievement: input.goalAchievement,
      relationship: input.relationship,
      csvSupport: input.csvSupport,
      wouldRenew: input.wouldRenew === "yes",
      results: input.results,
      lessons: input.lessons,
      submittedById: viewer.userId,
    };
    const existing = await tx.finalEvaluation.findUnique({
      where: { partnershipId_side: { partnershipId: access.partnershipId, side } },
      select: { id: true },
    });
    await tx.finalEvaluation.upsert({
      where: { partnershipId_side: { partnershipId: access.partnershipId, side } },
      create: { ...data, partnershipId: access.partnershipId, side },
      update: { ...data, submittedAt: new Date() },
    });
    await recordAudit(tx, {
      actorId: viewer.userId,
      action: existing ? "finalEvaluation.update" : "finalEvaluation.submit",
      targetType: "Partnership",
      targetId: access.partnershipId,
      after: { side, ...data },
    });
    await touchPartnership(tx, access.partnershipId);
    const partnership = await tx.partnership.findUniqueOrThrow({
      where: { id: access.partnershipId },
      select: { title: true, staffOwnerId: true, company: { select: { id: true, name: true } }, nonprofit: { select: { id: true, name: true } } },
    });
    return { firstSubmission: !existing, side, partnership, partnershipId: access.partnershipId };
  });

  if (outcome.firstSubmission) {
    const { partnership, side, partnershipId } = outcome;
    const [own, other] = side === "COMPANY" ? [partnership.company, partnership.nonprofit] : [partnership.nonprofit, partnership.company];
    const kind = "partnership.finalEvaluationSubmitted";
    const params = { partnershipTitle: partnership.title, organizationName: own.name };
    const partnerLink = `/workspace/partnerships/${partnershipId}?tab=monitoring`;
    const staffLink = `/staff/partnerships/${partnershipId}?tab=monitoring`;
    await notify(db, { organizationIds: [other.id], kind, params, link: partnerLink, email: notificationEmail(kind, params, partnerLink) });
    await notify(db, {
      ...(partnership.staffOwnerId ? { userIds: [partnership.staffOwnerId] } : { staff: true }),
      kind,
      params,
      link: staffLink,
      email: notificationEmail(kind, params, staffLink),
    });
  }
  return { firstSubmission: outcome.firstSubmission };
}
