import type { IndicatorDirection } from "@/lib/generated/prisma/enums";

/**
 * Whether an indicator's latest measurement reached its target: at or above it for an
 * indicator meant to grow (INCREASE), at or below it for one meant to shrink (DECREASE,
 * e.g. kilograms of food thrown away). No target or no measurement: not reached.
 * Values are compared as strings of the database's fixed-point decimals turned into
 * hundredths, so 0.1 + 0.2 rounding never decides a result.
 */
export function hasReachedTarget(input: { direction: IndicatorDirection; target: string | null; latest: string | null }): boolean {
  if (input.target === null || input.latest === null) return false;
  const target = hundredths(input.target);
  const latest = hundredths(input.latest);
  return input.direction === "DECREASE" ? latest <= target : latest >= target;
}

/** "12.5" → 1250n, "-3" → -300n: the columns are Decimal(14, 2). */
function hundredths(value: string): bigint {
  const negative = value.trim().startsWith("-");
  const [whole = "0", fraction = ""] = value.trim().replace(/^[-+]/, "").split(".");
  const cents = BigInt(whole || "0") * 100n + BigInt((fraction + "00").slice(0, 2));
  return negative ? -cents : cents;
}
