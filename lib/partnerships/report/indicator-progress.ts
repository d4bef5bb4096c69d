import type { IndicatorDirection } from "@/lib/generated/prisma/enums";

/**
 * How far an indicator got from its baseline towards its target, in percent (rounded):
 * 0 at the baseline, 100 at the target, more when it went further, negative when it
 * moved the wrong way. For a DECREASE indicator, going down is progress. Null when there
 * is no target, no measurement, or the target equals the baseline (nothing to measure).
 */
export function progressTowardsTarget(input: { baseline: number; target: number | null; latest: number | null; direction: IndicatorDirection }): number | null {
  const { baseline, target, latest, direction } = input;
  if (target === null || latest === null || target === baseline) return null;
  const span = direction === "INCREASE" ? target - baseline : baseline - target;
  const moved = direction === "INCREASE" ? latest - baseline : baseline - latest;
  if (span <= 0) return null;
  return Math.round((moved / span) * 100);
}
