/** Default strength of exposure spreading: proposed 10 times costs about 26% of the score. */
export const DEFAULT_EXPOSURE_WEIGHT = 0.15;

/**
 * Factor in (0, 1] for a candidate already proposed `timesProposed` times. Logarithmic, so
 * the first proposals cost most and a strong fit is never buried: spreading is a nudge among
 * similar candidates, not a rotation.
 */
export function rateExposure(timesProposed: number, weight: number = DEFAULT_EXPOSURE_WEIGHT): number {
  if (!(timesProposed > 0) || !(weight > 0)) return 1;
  return 1 / (1 + weight * Math.log1p(timesProposed));
}
