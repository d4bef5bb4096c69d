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
const NEEDS_SATURATION_INVERSE = 1 / NEEDS_SATURATION;
const REVERSE_SATURATION_INVERSE = 1 / REVERSE_SATURATION;
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
  const factorsSoFar = out.horizonFactor * out.partlyExcludedFactor;

  // --- Descriptions: themes both speak of, then the words they share; SDGs, a minor signal
  // often filled in loosely. Themes and SDGs are bit arithmetic, worked out before the bounds
  // so that these are tight; the word merge, the costliest step, comes last.
  out.sharedConcepts = (C.concepts[c] as number) & (N.concepts[n] as number);
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
  // At most every stem of the shorter list is shared. The slack keeps the bound above the
  // exact value whatever the rounding, so a pair that could reach the threshold is kept.
  const stemBound =
    companyStems > 0 && nonprofitStems > 0
      ? Math.min(1, (3 * Math.min(companyStems, nonprofitStems)) / Math.sqrt(companyStems * nonprofitStems))
      : 0;
  const descriptionBound = POINTS.description * (0.7 * conceptScore + 0.3 * stemBound) * 1.000001;
  // First bound, before any trigonometry: full proximity, no range penalty.
  if ((pointsSoFar + POINTS.proximity + descriptionBound + out.sdgs) * factorsSoFar < threshold) return PRUNED;

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
  if ((withoutDescription + descriptionBound + out.sdgs) * factors < threshold) return PRUNED;

  const stemScore =
    stemBound > 0 ? Math.min(1, (3 * countSharedStemsAt(C, c, N, n)) / Math.sqrt(companyStems * nonprofitStems)) : 0;
  out.description = POINTS.description * (0.7 * conceptScore + 0.3 * stemScore);

  out.raw = withoutDescription + out.description + out.sdgs;
  out.score = out.raw * factors;
  return out.score;
}

/** 1 / √k for the counts of a mask (0 for 0): the bound below multiplies by these. */
const INVERSE_SQRT = Float64Array.from({ length: 33 }, (_, k) => (k > 0 ? 1 / Math.sqrt(k) : 0));
/** Relative margin that keeps the bound above the exact score whatever the rounding. */
const BOUND_MARGIN = 1 + 1e-9;
/** Keeps the distance's lower bound below the distance scoreSlots computes, whatever the rounding. */
const DISTANCE_MARGIN = 1 - 1e-9;
const MAX_POINTS = Object.values(POINTS).reduce((sum, points) => sum + points, 0);

/**
 * Upper bounds of scoreSlots for a block of candidates against one subject, into
 * `bounds[0 .. to - from)`: exact upper bounds, or for a candidate found below `threshold`
 * on the way, an upper bound that is below it too; NaN for a candidate that is never ranked (same
 * kind as the subject, or excluded: findExclusion on columns). The subject is slot 0 of its
 * own store; `subjectIsCompany` says which of C and N that is, the other holds the candidates.
 *
 * A ranking computes these for every candidate and scores in full only those whose bound
 * reaches its threshold: on 100,000 candidates about one in a hundred. So this is the loop
 * that sets the engine's speed: columns read in order into locals, no call, nothing
 * allocated, and for most candidates bit arithmetic and multiplications only (reciprocals
 * replace divisions; no square root, power or trigonometry before the last step).
 *
 * Each part is bounded by the same formula as in scoreSlots with its unknowns at their best:
 * money and volunteers weigh fully, every stem of the shorter description is shared, the
 * distance is no shorter than a lower bound of it. Margins absorb the last bits the
 * approximations can differ by. Tests check the bound against scoreSlots on many random pairs.
 */
export function boundBlock(
  C: ProfileColumns,
  N: ProfileColumns,
  subjectIsCompany: boolean,
  from: number,
  to: number,
  threshold: number,
  bounds: Float64Array,
): void {
  // Slot of each side for candidate i: 0 for the subject's side, i for the candidates'.
  const cMask = subjectIsCompany ? 0 : -1;
  const nMask = subjectIsCompany ? -1 : 0;
  const kinds = subjectIsCompany ? N.isCompany : C.isCompany;
  const candidateKind = subjectIsCompany ? 0 : 1;
  const cOffers = C.offers, cNeeds = C.needs, cNeedInverse = C.needWeightInverse, cCauses = C.causes;
  const cCauseCount = C.causeCount, cExcluded = C.excludedCauses, cHorizons = C.horizons, cTags = C.sensitiveTags;
  const cConcepts = C.concepts, cConceptCount = C.conceptCount, cSdgs = C.sdgs, cSdgCount = C.sdgCount;
  const cStems = C.stemCount;
  const nOffers = N.offers, nNeeds = N.needs, nNeedInverse = N.needWeightInverse, nCauses = N.causes;
  const nHorizons = N.horizons, nTags = N.sensitiveTags, nConcepts = N.concepts, nConceptCount = N.conceptCount;
  const nSdgs = N.sdgs, nSdgCount = N.sdgCount, nStems = N.stemCount;
  const cLat = C.latRad, cLon = C.lonRad, cCos = C.cosLat, cRange = C.rangeKm;
  const nLat = N.latRad, nLon = N.lonRad, nCos = N.cosLat;
  // The bound is refined part by part, the largest parts first, each part not yet worked out
  // counted at its maximum; a candidate stops as soon as its bound is below the threshold
  // (which only rises while a block is ranked), so most stop after a few operations.
  const target = threshold / BOUND_MARGIN;
  for (let i = from; i < to; i++) {
    const c = i & cMask;
    const n = i & nMask;
    const nonprofitCauses = nCauses[n] as number;
    const excluded = cExcluded[c] as number;
    if (
      kinds[i] !== candidateKind ||
      ((cTags[c] as number) & (nTags[n] as number)) !== 0 ||
      (nonprofitCauses !== 0 && (nonprofitCauses & ~excluded) === 0)
    ) {
      bounds[i - from] = Number.NaN;
      continue;
    }
    const partlyExcluded = nonprofitCauses & excluded;
    const sharedHorizons = (cHorizons[c] as number) & (nHorizons[n] as number);
    let factor = 1;
    let rest = MAX_POINTS;
    if (sharedHorizons === 0) {
      factor = HORIZON_MISMATCH_FACTOR;
      rest -= POINTS.horizons;
    }
    if (partlyExcluded !== 0) factor *= PARTLY_EXCLUDED_FACTOR;
    if (rest * factor < target) {
      bounds[i - from] = rest * factor * BOUND_MARGIN;
      continue;
    }
    // What the company gives and the nonprofit needs.
    rest -= POINTS.needsMet;
    const covered = (cOffers[c] as number) & (nNeeds[n] as number);
    const needInverse = nNeedInverse[n] as number;
    if (covered !== 0 && needInverse > 0) {
      const weight = sumResourceWeights(covered);
      rest +=
        POINTS.needsMet *
        (COVERAGE_SHARE * weight * needInverse + (1 - COVERAGE_SHARE) * Math.min(1, weight * NEEDS_SATURATION_INVERSE));
    }
    // Shared causes.
    rest -= POINTS.causes;
    const effectiveCauses = nonprofitCauses & ~partlyExcluded;
    const sharedCauses = popcount((cCauses[c] as number) & effectiveCauses);
    if (sharedCauses > 0) {
      rest +=
        POINTS.causes *
        (0.55 +
          0.45 *
            sharedCauses *
            (INVERSE_SQRT[cCauseCount[c] as number] as number) *
            (INVERSE_SQRT[popcount(effectiveCauses)] as number));
    }
    if (rest * factor < target) {
      bounds[i - from] = rest * factor * BOUND_MARGIN;
      continue;
    }
    // What the nonprofit gives and the company needs.
    rest -= POINTS.needsMetReverse;
    const reverse = (nOffers[n] as number) & (cNeeds[c] as number);
    const reverseInverse = cNeedInverse[c] as number;
    if (reverse !== 0 && reverseInverse > 0) {
      const weight = sumResourceWeights(reverse);
      rest +=
        POINTS.needsMetReverse *
        (COVERAGE_SHARE * weight * reverseInverse +
          (1 - COVERAGE_SHARE) * Math.min(1, weight * REVERSE_SATURATION_INVERSE));
    }
    // Descriptions and SDGs.
    rest -= POINTS.description + POINTS.sdgs;
    const sharedConcepts = popcount((cConcepts[c] as number) & (nConcepts[n] as number));
    const conceptScore =
      sharedConcepts *
      (INVERSE_SQRT[cConceptCount[c] as number] as number) *
      (INVERSE_SQRT[nConceptCount[n] as number] as number);
    const stemScore = (cStems[c] as number) > 0 && (nStems[n] as number) > 0 ? 1 : 0;
    rest += POINTS.description * (0.7 * conceptScore + 0.3 * stemScore);
    const sharedSdgs = popcount((cSdgs[c] as number) & (nSdgs[n] as number));
    if (sharedSdgs > 0) {
      rest +=
        POINTS.sdgs *
        sharedSdgs *
        (INVERSE_SQRT[cSdgCount[c] as number] as number) *
        (INVERSE_SQRT[nSdgCount[n] as number] as number);
    }
    if (rest * factor < target) {
      bounds[i - from] = rest * factor * BOUND_MARGIN;
      continue;
    }
    // Distance, for the few still in: a lower bound of the haversine distance without
    // trigonometry (sin x ≥ x − x³/6, asin z ≥ z), then the best proximity and range factor
    // it allows (e^−t ≤ 1 / (1 + t)).
    const latC = cLat[c] as number;
    const latN = nLat[n] as number;
    rest -= POINTS.proximity;
    if (Number.isNaN(latC) || Number.isNaN(latN)) {
      rest += POINTS.proximity * UNKNOWN_DISTANCE_SHARE;
    } else {
      const x = Math.abs(latN - latC) / 2;
      const y = Math.abs((nLon[n] as number) - (cLon[c] as number)) / 2;
      const sinX = x - (x * x * x) / 6;
      const sinY = Math.max(0, y - (y * y * y) / 6);
      const h = sinX * sinX + (cCos[c] as number) * (nCos[n] as number) * sinY * sinY;
      const km = 2 * EARTH_RADIUS_KM * Math.sqrt(h) * DISTANCE_MARGIN;
      const range = cRange[c] as number;
      if (km <= range) {
        rest += POINTS.proximity * (0.5 * (1 - km / Math.max(range, 1e-9)) + 0.5 / (1 + km / PROXIMITY_KM_SCALE));
      } else {
        const excess = (km - range) / (RANGE_TOLERANCE_SHARE * range + RANGE_TOLERANCE_KM);
        factor *= 1 / (1 + excess * excess);
      }
    }
    bounds[i - from] = rest * factor * BOUND_MARGIN;
  }
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
