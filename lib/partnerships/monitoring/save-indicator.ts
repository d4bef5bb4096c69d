import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import { touchPartnership } from "../access/touch-partnership";
import { canDefineIndicators } from "./monitoring-rules";
import { saveIndicatorSchema, type SaveIndicatorInput } from "./monitoring-schemas";

/**
 * Adds an indicator, or changes one (with `indicatorId`). Either partner or staff, from
 * negotiation on, while the partnership is open. Values are kept as decimal strings all
 * the way to the database: no floating-point rounding.
 */
export async function saveIndicator(db: Database, viewer: PartnershipViewer, rawInput: SaveIndicatorInput): Promise<{ id: string }> {
  const input = saveIndicatorSchema.parse(rawInput);
  return db.$transaction(async (tx) => {
    const access = await requirePartnershipAccess(tx, viewer, input.partnershipId);
    if (access.closed) throw new ValidationError("closed", "form");
    if (!canDefineIndicators(access)) throw new ValidationError("tooEarly", "form");
    const data = {
      name: input.name,
      unit: input.unit,
      baseline: input.baseline,
      target: input.target ?? null,
      direction: input.direction,
    };
    let id: string;
    if (input.indicatorId) {
      const before = await tx.indicator.findFirst({
        where: { id: input.indicatorId, partnershipId: access.partnershipId },
        select: { id: true, name: true, unit: true, baseline: true, target: true, direction: true },
      });
      if (!before) throw new NotFoundError("Indicator not found.");
      await tx.indicator.update({ where: { id: before.id }, data });
      id = before.id;
      await recordAudit(tx, {
        actorId: viewer.userId,
        action: "indicator.update",
        targetType: "Partnership",
        targetId: access.partnershipId,
        before: { ...before, baseline: before.baseline.toString(), target: before.target?.toString() ?? null },
        after: { id, ...data },
      });
    } else {
      ({ id } = await tx.indicator.create({ data: { ...data, partnershipId: access.partnershipId }, select: { id: true } }));
      await recordAudit(tx, { actorId: viewer.userId, action: "indicator.create", targetType: "Partnership", targetId: access.partnershipId, after: { id, ...data } });
    }
    await touchPartnership(tx, access.partnershipId);
    return { id };
  });
}
