import type { PreparedPlace, PreparedProfile } from "./prepare-profile";
import { ProfileColumns } from "./profile-columns";
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

/** Stems two slots share: a merge of two sorted runs of their pools, no allocation. */
function countSharedStemsAt(a: ProfileColumns, i: number, b: ProfileColumns, j: number): number {
  const poolA = a.stemPool;
  const poolB = b.stemPool;
  let x = a.stemStart[i] as number;
  let y = b.stemStart[j] as number;
  const endA = x + (a.stemCount[i] as number);
  const endB = y + (b.stemCount[j] as number);
  let shared = 0;
  while (x < endA && y < endB) {
    const u = poolA[x] as number;
    const v = poolB[y] as number;
    if (u === v) {
      shared++;
      x++;
      y++;
    } else if (u < v) x++;
    else y++;
  }
  return shared;
}

/**
 * Company volunteers are worth as much as the nonprofit can host: a group of 600 hours a year
 * needs somewhere to go. A nonprofit that hosts nobody still gets a little (one-off help).
 */
function rateVolunteerFit(companyHours: number, hostedPlaces: number): number {
  if (companyHours <= 0) return 0.5;
  if (hostedPlaces <= 0) return 0.3;
  const capacity = (hostedPlaces * HOURS_PER_HOSTED_PLACE) / companyHours;
  return 0.4 + 0.6 * Math.min(1, capacity);
}

/**
 * Scores a company and a nonprofit as a pair, the same whichever is the subject: a broker
 * judges the partnership, not one side. Hard exclusions are checked before (find-exclusion).
 *
 * `threshold` lets a ranking skip the costly parts (distance, then descriptions) when even
 * full points for them could not lift the pair to the threshold: such a pair returns PRUNED.
 * This is exact (branch and bound): a pair that could reach the threshold is always scored
 * in full, so rankings are the same with or without it.
 *
 * This is the engine's only scoring code: the ranking loop calls it on stored columns, and
 * scorePair below on two profiles, so the score a ranking keeps is the one its reasons explain.
 */
export function scoreSlots(
  C: ProfileColumns,
  c: number,
  N: ProfileColumns,
  n: number,
  out: PairBreakdown,
  threshold: number = Number.NEGATIVE_INFINITY,
): number {
  const companyCauses = C.causes[c] as number;
  const nonprofitCauses = N.causes[n] as number;
  const companyBudget = C.budgetEur[c] as number;
  const nonprofitHosted = N.volunteersHosted[n] as number;
  // --- What the company gives and the nonprofit needs, money apart.
  const partlyExcluded = nonprofitCauses & (C.excludedCauses[c] as number);
  const covered = (C.offers[c] as number) & (N.needs[n] as number);
  let fundingWeight = 0;
  out.fundingRatio = Number.NaN;
  if ((covered & FUNDING_BIT) !== 0) {
    // Company budgets are yearly; the nonprofit's need has been made yearly when prepared.
    const yearlyNeed = N.yearlyNeedEur[n] as number;
    const ratio = yearlyNeed > 0 ? companyBudget / yearlyNeed : 1;
    out.fundingRatio = ratio;
    fundingWeight = companyBudget <= 0 ? 0.2 : ratio >= 1 ? 1 : ratio ** FUNDING_RATIO_EXPONENT;
  }
  let otherWeight = sumResourceWeights(covered & ~FUNDING_BIT);
  if ((covered & VOLUNTEERING_BIT) !== 0) {
    otherWeight -= VOLUNTEERING_WEIGHT * (1 - rateVolunteerFit(C.volunteerHours[c] as number, nonprofitHosted));
  }
  const needWeight = N.needWeight[n] as number;
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
  let reverse = (N.offers[n] as number) & (C.needs[c] as number);
  if (nonprofitHosted <= 0) reverse &= ~VOLUNTEERING_OPPORTUNITIES_BIT;
  const reverseNeed = C.needWeight[c] as number;
  const reverseCovered = sumResourceWeights(reverse);
  out.needsMetReverse =
    reverseNeed > 0
      ? POINTS.needsMetReverse *
        (COVERAGE_SHARE * (reverseCovered / reverseNeed) +
          (1 - COVERAGE_SHARE) * Math.min(1, reverseCovered / REVERSE_SATURATION))
      : 0;
  out.coveredReverse = reverse;

  // --- Shared causes: the first one matters most, then the closeness of the two lists.
  const effectiveCauses = nonprofitCauses & ~partlyExcluded;
  const shared = companyCauses & effectiveCauses;
  const sharedCount = popcount(shared);
  out.sharedCauses = shared;
  out.causes =
    sharedCount > 0
      ? POINTS.causes *
        (0.55 + 0.45 * (sharedCount / Math.sqrt((C.causeCount[c] as number) * popcount(effectiveCauses))))
      : 0;

  // --- Durations both accept.
  const sharedHorizons = (C.horizons[c] as number) & (N.horizons[n] as number);
  out.horizons = sharedHorizons !== 0 ? POINTS.horizons : 0;
  out.horizonFactor = sharedHorizons !== 0 ? 1 : HORIZON_MISMATCH_FACTOR;

  out.partlyExcludedFactor = partlyExcluded !== 0 ? PARTLY_EXCLUDED_FACTOR : 1;
  const pointsSoFar = out.needsMet + out.funding + out.needsMetReverse + out.causes + out.horizons;
  // First bound, before any trigonometry: full proximity, no range penalty, full text points.
  const factorsSoFar = out.horizonFactor * out.partlyExcludedFactor;
  if ((pointsSoFar + POINTS.proximity + POINTS.description + POINTS.sdgs) * factorsSoFar < threshold) return PRUNED;

  // --- Distance against the company's range.
  out.rangeFactor = 1;
  const latC = C.latRad[c] as number;
  const latN = N.latRad[n] as number;
  if (Number.isNaN(latC) || Number.isNaN(latN)) {
    out.distanceKm = Number.NaN;
    out.proximity = POINTS.proximity * UNKNOWN_DISTANCE_SHARE;
  } else {
    const sinLat = Math.sin((latN - latC) / 2);
    const sinLon = Math.sin(((N.lonRad[n] as number) - (C.lonRad[c] as number)) / 2);
    const h = sinLat * sinLat + (C.cosLat[c] as number) * (N.cosLat[n] as number) * sinLon * sinLon;
    const km = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    const range = C.rangeKm[c] as number;
    out.distanceKm = km;
    // A company that named provinces or comuni acts there only, wherever they lie; its
    // range is then the reach of that area (prepare-profile.ts).
    const area = (C.places[c] as PreparedPlace).area;
    const place = N.places[n] as PreparedPlace;
    const inArea = area === null ? km <= range : area.provinces.has(place.province) || area.comuni.has(place.istat);
    if (inArea) {
      out.proximity =
        POINTS.proximity * (0.5 * Math.max(0, 1 - km / Math.max(range, 1e-9)) + 0.5 * Math.exp(-km / PROXIMITY_KM_SCALE));
    } else {
      out.proximity = 0;
      // Outside a named area counts as at least the tolerance beyond it, even when near.
      const beyond = area === null ? km - range : Math.max(km - range, RANGE_TOLERANCE_KM);
      const excess = beyond / (RANGE_TOLERANCE_SHARE * range + RANGE_TOLERANCE_KM);
      out.rangeFactor = 1 / (1 + excess * excess);
    }
  }

  const factors = out.rangeFactor * factorsSoFar;
  const withoutDescription = pointsSoFar + out.proximity;
  if ((withoutDescription + POINTS.description + POINTS.sdgs) * factors < threshold) return PRUNED;

  // --- Descriptions: themes both speak of, then the words they share; SDGs, a minor signal
  // often filled in loosely. The word merge is the costliest step: bound it first.
  const companyConcepts = C.concepts[c] as number;
  const nonprofitConcepts = N.concepts[n] as number;
  out.sharedConcepts = companyConcepts & nonprofitConcepts;
  const sharedConcepts = popcount(out.sharedConcepts);
  const conceptScore =
    sharedConcepts > 0
      ? sharedConcepts / Math.sqrt((C.conceptCount[c] as number) * (N.conceptCount[n] as number))
      : 0;
  const sharedSdgs = popcount((C.sdgs[c] as number) & (N.sdgs[n] as number));
  out.sdgs =
    sharedSdgs > 0 ? POINTS.sdgs * (sharedSdgs / Math.sqrt((C.sdgCount[c] as number) * (N.sdgCount[n] as number))) : 0;
  const companyStems = C.stemCount[c] as number;
  const nonprofitStems = N.stemCount[n] as number;
  const canShareStems = companyStems > 0 && nonprofitStems > 0;
  if (threshold > Number.NEGATIVE_INFINITY) {
    // At most every stem of the shorter list is shared (the bound is a little loose, by design).
    const stemBound = canShareStems ? 1 : 0;
    const descriptionBound = POINTS.description * (0.7 * conceptScore + 0.3 * stemBound) * 1.000001;
    if ((withoutDescription + descriptionBound + out.sdgs) * factors < threshold) return PRUNED;
  }
  const stemScore = canShareStems
    ? Math.min(1, (3 * countSharedStemsAt(C, c, N, n)) / Math.sqrt(companyStems * nonprofitStems))
    : 0;
  out.description = POINTS.description * (0.7 * conceptScore + 0.3 * stemScore);

  out.raw = withoutDescription + out.description + out.sdgs;
  out.score = out.raw * factors;
  return out.score;
}

/** scoreSlots for two profiles outside any store (tests, one-off pairs). */
export function scorePair(
  company: PreparedProfile,
  nonprofit: PreparedProfile,
  out: PairBreakdown,
  threshold: number = Number.NEGATIVE_INFINITY,
): number {
  return scoreSlots(ProfileColumns.from([company]), 0, ProfileColumns.from([nonprofit]), 0, out, threshold);
}
