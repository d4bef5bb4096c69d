import * as reading from "./read-description";
import type { PreparedProfile } from "./prepare-profile";
import * as weights from "./score-weights";
import * as vocabulary from "./vocabulary";

// Imported bindings are read through getters by some module loaders (tsx, jest): the hot
// loop below reads these local copies instead, which measurably halves a ranking's time.
const {
  COVERAGE_SHARE,
  FUNDING_BIT,
  FUNDING_RATIO_EXPONENT,
  HORIZON_MISMATCH_FACTOR,
  HOURS_PER_HOSTED_PLACE,
  NEEDS_SATURATION,
  PARTLY_EXCLUDED_FACTOR,
  PROXIMITY_KM_SCALE,
  RANGE_TOLERANCE_KM,
  RANGE_TOLERANCE_SHARE,
  RESOURCE_WEIGHTS,
  REVERSE_SATURATION,
  UNKNOWN_DISTANCE_SHARE,
  VOLUNTEERING_BIT,
  VOLUNTEERING_OPPORTUNITIES_BIT,
} = weights;
const POINTS = { ...weights.POINTS };
const { popcount, RESOURCE_CODES } = vocabulary;
const { countSharedStems } = reading;

const EARTH_RADIUS_KM = 6371.0088;
/** Returned by scorePair for a pair that cannot reach the threshold it was given. */
export const PRUNED = -1;
const VOLUNTEERING_WEIGHT = RESOURCE_WEIGHTS[RESOURCE_CODES.indexOf("volunteering")] as number;

/**
 * Everything a pair's score is made of. One object is reused across a whole ranking (the hot
 * loop allocates nothing); reasons are built from it only for the candidates returned.
 */
export type PairBreakdown = {
  /** Positive parts, in points. */
  needsMet: number;
  funding: number;
  needsMetReverse: number;
  causes: number;
  proximity: number;
  horizons: number;
  description: number;
  sdgs: number;
  /** Their sum, before the factors. */
  raw: number;
  /** Multiplicative factors in (0, 1]. */
  rangeFactor: number;
  horizonFactor: number;
  partlyExcludedFactor: number;
  /** raw × factors: the pair's score, 0..100. */
  score: number;
  /** Facts the reasons quote. */
  distanceKm: number;
  coveredNeeds: number;
  coveredReverse: number;
  sharedCauses: number;
  sharedConcepts: number;
  fundingRatio: number;
};

export function createBreakdown(): PairBreakdown {
  return {
    needsMet: 0, funding: 0, needsMetReverse: 0, causes: 0, proximity: 0, horizons: 0,
    description: 0, sdgs: 0, raw: 0, rangeFactor: 1, horizonFactor: 1, partlyExcludedFactor: 1,
    score: 0, distanceKm: Number.NaN, coveredNeeds: 0, coveredReverse: 0, sharedCauses: 0,
    sharedConcepts: 0, fundingRatio: Number.NaN,
  };
}

/** Sum of the weights of the resources in a mask, visiting only the bits that are set. */
export function sumResourceWeights(mask: number): number {
  let total = 0;
  for (let m = mask; m !== 0; ) {
    const lowest = m & -m;
    total += RESOURCE_WEIGHTS[31 - Math.clz32(lowest)] as number;
    m ^= lowest;
  }
  return total;
}

function measureDistanceKm(a: PreparedProfile, b: PreparedProfile): number {
  const sinLat = Math.sin((b.latRad - a.latRad) / 2);
  const sinLon = Math.sin((b.lonRad - a.lonRad) / 2);
  const h = sinLat * sinLat + a.cosLat * b.cosLat * sinLon * sinLon;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Company volunteers are worth as much as the nonprofit can host: a group of 600 hours a year
 * needs somewhere to go. A nonprofit that hosts nobody still gets a little (one-off help).
 */
function rateVolunteerFit(company: PreparedProfile, nonprofit: PreparedProfile): number {
  if (company.volunteerHours <= 0) return 0.5;
  if (nonprofit.volunteersHosted <= 0) return 0.3;
  const capacity = (nonprofit.volunteersHosted * HOURS_PER_HOSTED_PLACE) / company.volunteerHours;
  return 0.4 + 0.6 * Math.min(1, capacity);
}

/**
 * Scores a company and a nonprofit as a pair, the same whichever is the subject: a broker
 * judges the partnership, not one side. Hard exclusions are checked before (find-exclusion).
 *
 * `threshold` lets a ranking skip the costliest part, the description comparison, when even
 * full description points could not lift the pair to the threshold: such a pair returns
 * PRUNED. This is exact (branch and bound): a pair that could reach the threshold is always
 * scored in full, so rankings are the same with or without it.
 */
export function scorePair(
  company: PreparedProfile,
  nonprofit: PreparedProfile,
  out: PairBreakdown,
  threshold: number = Number.NEGATIVE_INFINITY,
): number {
  // --- What the company gives and the nonprofit needs, money apart.
  const partlyExcluded = nonprofit.causes & company.excludedCauses;
  const covered = company.offers & nonprofit.needs;
  let fundingWeight = 0;
  out.fundingRatio = Number.NaN;
  if ((covered & FUNDING_BIT) !== 0) {
    // Company budgets are yearly; the nonprofit's need has been made yearly when prepared.
    const ratio = nonprofit.yearlyNeedEur > 0 ? company.budgetEur / nonprofit.yearlyNeedEur : 1;
    out.fundingRatio = ratio;
    fundingWeight = company.budgetEur <= 0 ? 0.2 : ratio >= 1 ? 1 : ratio ** FUNDING_RATIO_EXPONENT;
  }
  let otherWeight = sumResourceWeights(covered & ~FUNDING_BIT);
  if ((covered & VOLUNTEERING_BIT) !== 0) {
    otherWeight -= VOLUNTEERING_WEIGHT * (1 - rateVolunteerFit(company, nonprofit));
  }
  const needWeight = nonprofit.needWeight;
  const coveredWeight = fundingWeight + otherWeight;
  const needsScore =
    needWeight > 0
      ? COVERAGE_SHARE * (coveredWeight / needWeight) +
        (1 - COVERAGE_SHARE) * Math.min(1, coveredWeight / NEEDS_SATURATION)
      : 0;
  const needsPoints = POINTS.needsMet * needsScore;
  out.funding = coveredWeight > 0 ? (needsPoints * fundingWeight) / coveredWeight : 0;
  out.needsMet = needsPoints - out.funding;
  out.coveredNeeds = covered;

  // --- What the nonprofit gives and the company needs.
  let reverse = nonprofit.offers & company.needs;
  if (nonprofit.volunteersHosted <= 0) reverse &= ~VOLUNTEERING_OPPORTUNITIES_BIT;
  const reverseNeed = company.needWeight;
  const reverseCovered = sumResourceWeights(reverse);
  out.needsMetReverse =
    reverseNeed > 0
      ? POINTS.needsMetReverse *
        (COVERAGE_SHARE * (reverseCovered / reverseNeed) +
          (1 - COVERAGE_SHARE) * Math.min(1, reverseCovered / REVERSE_SATURATION))
      : 0;
  out.coveredReverse = reverse;

  // --- Shared causes: the first one matters most, then the closeness of the two lists.
  const effectiveCauses = nonprofit.causes & ~partlyExcluded;
  const shared = company.causes & effectiveCauses;
  const sharedCount = popcount(shared);
  out.sharedCauses = shared;
  out.causes =
    sharedCount > 0
      ? POINTS.causes * (0.55 + 0.45 * (sharedCount / Math.sqrt(company.causeCount * popcount(effectiveCauses))))
      : 0;

  // --- Durations both accept.
  const sharedHorizons = company.horizons & nonprofit.horizons;
  out.horizons = sharedHorizons !== 0 ? POINTS.horizons : 0;
  out.horizonFactor = sharedHorizons !== 0 ? 1 : HORIZON_MISMATCH_FACTOR;

  out.partlyExcludedFactor = partlyExcluded !== 0 ? PARTLY_EXCLUDED_FACTOR : 1;
  const pointsSoFar = out.needsMet + out.funding + out.needsMetReverse + out.causes + out.horizons;
  // First bound, before any trigonometry: full proximity, no range penalty, full text points.
  const factorsSoFar = out.horizonFactor * out.partlyExcludedFactor;
  if ((pointsSoFar + POINTS.proximity + POINTS.description + POINTS.sdgs) * factorsSoFar < threshold) return PRUNED;

  // --- Distance against the company's range.
  out.rangeFactor = 1;
  if (Number.isNaN(company.latRad) || Number.isNaN(nonprofit.latRad)) {
    out.distanceKm = Number.NaN;
    out.proximity = POINTS.proximity * UNKNOWN_DISTANCE_SHARE;
  } else {
    const km = measureDistanceKm(company, nonprofit);
    const range = company.rangeKm;
    out.distanceKm = km;
    if (km <= range) {
      out.proximity =
        POINTS.proximity * (0.5 * (1 - km / Math.max(range, 1e-9)) + 0.5 * Math.exp(-km / PROXIMITY_KM_SCALE));
    } else {
      out.proximity = 0;
      const excess = (km - range) / (RANGE_TOLERANCE_SHARE * range + RANGE_TOLERANCE_KM);
      out.rangeFactor = 1 / (1 + excess * excess);
    }
  }

  const factors = out.rangeFactor * factorsSoFar;
  const withoutDescription = pointsSoFar + out.proximity;
  if ((withoutDescription + POINTS.description + POINTS.sdgs) * factors < threshold) return PRUNED;

  // --- Descriptions: themes both speak of, then the words they share.
  out.sharedConcepts = company.concepts & nonprofit.concepts;
  const sharedConcepts = popcount(out.sharedConcepts);
  const conceptScore =
    sharedConcepts > 0 ? sharedConcepts / Math.sqrt(company.conceptCount * nonprofit.conceptCount) : 0;
  const stemScore =
    company.stemCount > 0 && nonprofit.stemCount > 0
      ? Math.min(1, (3 * countSharedStems(company.stems, nonprofit.stems)) / Math.sqrt(company.stemCount * nonprofit.stemCount))
      : 0;
  out.description = POINTS.description * (0.7 * conceptScore + 0.3 * stemScore);

  // --- SDGs: a minor signal, often filled in loosely.
  const sharedSdgs = popcount(company.sdgs & nonprofit.sdgs);
  out.sdgs = sharedSdgs > 0 ? POINTS.sdgs * (sharedSdgs / Math.sqrt(company.sdgCount * nonprofit.sdgCount)) : 0;

  out.raw = withoutDescription + out.description + out.sdgs;
  out.score = out.raw * factors;
  return out.score;
}
