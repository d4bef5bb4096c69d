import type { IndicatorDirection } from "@/lib/generated/prisma/enums";

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

/** Whether the target is reached, in the indicator's direction. */
export function isTargetReached({ target, direction, latest }: Omit<ProgressInput, "baseline">): boolean {
  if (target === null || latest === null) return false;
  return direction === "INCREASE" ? latest >= target : latest <= target;
}
