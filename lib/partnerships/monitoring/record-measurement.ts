import { dayToDate } from "@/lib/dates/rome-calendar";
import type { Database } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import { touchPartnership } from "../access/touch-partnership";
import { canDefineIndicators } from "./monitoring-rules";
import { recordMeasurementSchema, type RecordMeasurementInput } from "./monitoring-schemas";

/** Records a measured value of one of the partnership's indicators (either partner or staff, while open). */
export async function recordMeasurement(db: Database, viewer: PartnershipViewer, rawInput: RecordMeasurementInput): Promise<{ id: string }> {
  const input = recordMeasurementSchema.parse(rawInput);
  return db.$transaction(async (tx) => {
    const access = await requirePartnershipAccess(tx, viewer, input.partnershipId);
    if (access.closed) throw new ValidationError("closed", "form");
    if (!canDefineIndicators(access)) throw new ValidationError("tooEarly", "form");
    // The indicator must belong to this partnership: another one's id matches nothing.
    const indicator = await tx.indicator.findFirst({ where: { id: input.indicatorId, partnershipId: access.partnershipId }, select: { id: true } });
    if (!indicator) throw new NotFoundError("Indicator not found.");
    const measurement = await tx.measurement.create({
      data: {
        indicatorId: indicator.id,
        value: input.value,
        measuredOn: dayToDate(input.measuredOn),
        note: input.note ?? null,
        recordedById: viewer.userId,
      },
      select: { id: true },
    });
    await touchPartnership(tx, access.partnershipId);
    return measurement;
  });
}
