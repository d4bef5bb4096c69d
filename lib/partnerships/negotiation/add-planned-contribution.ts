import { parseOptionalEuroCents } from "@/lib/money/parse-amount";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { touchPartnership } from "../access/touch-partnership";
import { AMOUNT_ERROR_KEYS, type AddContributionInput } from "./negotiation-schemas";

/**
 * Records what a side promises to bring. A partner speaks only for its own side (naming
 * the other one is refused); staff choose the side.
 */
export async function addPlannedContribution(db: Database, viewer: PartnershipViewer, input: AddContributionInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const access = await requirePartnershipAccess(tx, viewer, input.partnershipId);
    if (access.closed) throw new ValidationError("closed");
    if (access.side && input.side && input.side !== access.side) throw new ForbiddenError("A partner adds contributions only for its own side.");
    const side = access.side ?? (input.side || null);
    if (!side) throw new ValidationError("sideRequired", "side");
    const amount = parseOptionalEuroCents(input.value);
    if (!amount.ok) throw new ValidationError(AMOUNT_ERROR_KEYS[amount.reason], "value");
    const created = await tx.plannedContribution.create({
      data: { partnershipId: access.partnershipId, side, kind: input.kind, description: input.description, valueCents: amount.value, createdById: viewer.userId },
      select: { id: true },
    });
    await touchPartnership(tx, access.partnershipId, now);
    await recordAudit(tx, {
      actorId: viewer.userId,
      action: "negotiation.contribution-add",
      targetType: "Partnership",
      targetId: access.partnershipId,
      after: { contributionId: created.id, side, kind: input.kind, description: input.description, valueCents: amount.value },
    });
    return created;
  });
}
