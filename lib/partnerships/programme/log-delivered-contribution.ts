import type { Database } from "@/lib/db/client";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { touchPartnership } from "../access/touch-partnership";
import { dayToDate, todayInRome } from "@/lib/dates/rome-calendar";
import { hundredthsToDecimalString } from "@/lib/money/decimal-string";
import { parseEuroCents, parseHoursHundredths } from "@/lib/money/parse-amount";
import { logDeliveredContributionSchema, type LogDeliveredContributionInput } from "./programme-schemas";
import { requireWritableAccess } from "./require-writable-access";

/**
 * Logs what a side actually gave. A partner logs only for its own side (its organisation
 * answers for it); staff log for either side and must say which.
 */
export async function logDeliveredContribution(db: Database, viewer: PartnershipViewer, input: LogDeliveredContributionInput, now = new Date()): Promise<{ id: string }> {
  const data = logDeliveredContributionSchema.parse(input);
  if (data.deliveredOn > todayInRome(now)) throw new ValidationError("deliveredInFuture", "deliveredOn");
  const hours = data.kind === "VOLUNTEER_HOURS" ? parseHoursHundredths(data.hours) : null;
  const value = data.value === "" ? null : parseEuroCents(data.value);
  // The schema already refused these; the checks narrow the types.
  if (hours && !hours.ok) throw new ValidationError("hoursInvalid", "hours");
  if (value && !value.ok) throw new ValidationError("valueInvalid", "value");
  return db.$transaction(async (tx) => {
    const access = await requireWritableAccess(tx, viewer, data.partnershipId);
    let side = access.side;
    if (side === null) {
      if (data.side === "") throw new ValidationError("sideRequired", "side");
      side = data.side;
    } else if (data.side !== "" && data.side !== side) {
      throw new ForbiddenError("A partner logs contributions of its own side only.");
    }
    const row = await tx.deliveredContribution.create({
      data: {
        partnershipId: access.partnershipId,
        side,
        kind: data.kind,
        description: data.description,
        deliveredOn: dayToDate(data.deliveredOn),
        hours: hours ? hundredthsToDecimalString(hours.value) : null,
        valueCents: value ? value.value : null,
        createdById: viewer.userId,
      },
      select: { id: true },
    });
    await touchPartnership(tx, access.partnershipId, now);
    return row;
  });
}
