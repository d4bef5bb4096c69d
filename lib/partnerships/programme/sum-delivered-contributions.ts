import type { ContributionKind, PartySide } from "@/lib/generated/prisma/enums";

export type SideTotals = {
  /** Money given (MONEY entries), in cents. */
  moneyCents: number;
  /** Volunteer hours (VOLUNTEER_HOURS entries), in hundredths of an hour. */
  hoursHundredths: number;
  /** How many deliveries of goods, skills, spaces, services or anything else. */
  otherDeliveries: number;
  /** The euro value declared for those other deliveries, in cents. */
  otherValueCents: number;
};

export type ContributionTotals = Record<PartySide, SideTotals>;

type Entry = { side: PartySide; kind: ContributionKind; hoursHundredths: number | null; valueCents: number | null };

const empty = (): SideTotals => ({ moneyCents: 0, hoursHundredths: 0, otherDeliveries: 0, otherValueCents: 0 });

/** The running totals of each side, in integers (no rounding drift however long the log). */
export function sumDeliveredContributions(entries: readonly Entry[]): ContributionTotals {
  const totals: ContributionTotals = { COMPANY: empty(), NONPROFIT: empty() };
  for (const entry of entries) {
    const side = totals[entry.side];
    if (entry.kind === "MONEY") side.moneyCents += entry.valueCents ?? 0;
    else if (entry.kind === "VOLUNTEER_HOURS") side.hoursHundredths += entry.hoursHundredths ?? 0;
    else {
      side.otherDeliveries += 1;
      side.otherValueCents += entry.valueCents ?? 0;
    }
  }
  return totals;
}
