import type { IndicatorDirection } from "@/lib/generated/prisma/enums";
import { decimalStringToHundredths } from "@/lib/money/decimal-string";

// The one reading of an indicator against its target, for the monitoring tab, the impact
// report and the staff dashboard.

export type ProgressInput = {
  baseline: number;
  target: number | null;
  direction: IndicatorDirection;
  /** The latest measured value; null when nothing was measured yet. */
  latest: number | null;
};

/**
 * How far the latest measurement has come from the baseline towards the target, in percent
 * (rounded to a whole number). 0 at the baseline, 100 at the target; below 0 when the value
 * moved the wrong way, above 100 when it went past the target. Direction matters: for a
 * DECREASE indicator (e.g. kWh consumed) going down is progress.
 *
 * null when there is nothing to compare: no target, no measurement, or a target that is
 * not on the indicator's side of the baseline (a DECREASE target above the baseline, or a
 * target equal to it) — a percentage of that would mislead.
 *
 * The percentage is for display: whether the target is reached is isTargetReached's
 * exact comparison (99.6 % rounds to 100 but is not reached).
 */
export function progressTowardTarget({ baseline, target, direction, latest }: ProgressInput): number | null {
  if (target === null || latest === null) return null;
  const span = target - baseline;
  if (span === 0) return null;
  if (direction === "INCREASE" && span < 0) return null;
  if (direction === "DECREASE" && span > 0) return null;
  const percent = ((latest - baseline) / span) * 100;
  // Avoid "-0 %" when the value sits exactly on the baseline.
  return Math.round(percent) + 0;
}

/** A value of a Decimal(14, 2) column: as a number, or as the database's decimal text ("12.50"). */
export type IndicatorValue = number | string;

const hundredths = (value: IndicatorValue) => (typeof value === "number" ? Math.round(value * 100) : decimalStringToHundredths(value));

/**
 * Whether the latest measurement reached the target: at or above it for an indicator meant
 * to grow (INCREASE), at or below it for one meant to shrink (DECREASE, e.g. kilograms of
 * food thrown away). No target or no measurement: not reached. Compared in whole hundredths
 * (the columns' precision), so floating-point noise never decides it.
 */
export function isTargetReached(input: { target: IndicatorValue | null; direction: IndicatorDirection; latest: IndicatorValue | null }): boolean {
  if (input.target === null || input.latest === null) return false;
  const target = hundredths(input.target);
  const latest = hundredths(input.latest);
  return input.direction === "INCREASE" ? latest >= target : latest <= target;
}
