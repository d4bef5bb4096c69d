import { NONPROFIT_RESOURCE_CODES, RESOURCE_CODES, type ResourceCode } from "./vocabulary";

/**
 * Points each part of the fit can earn; they add up to 100. Complementarity comes first
 * because a partnership is an exchange: shared causes make it meaningful, but only what one
 * side gives and the other needs makes it happen.
 */
export const POINTS = {
  needsMet: 34, // the company gives what the nonprofit needs
  needsMetReverse: 12, // the nonprofit gives what the company needs
  causes: 20,
  proximity: 10,
  horizons: 6,
  description: 14,
  sdgs: 4,
} as const;

/**
 * How much one resource weighs in a need. Money and generic volunteering are offered by
 * almost everyone; a van with a driver, an internship or a technician is what makes one
 * partner better than the others, so specific resources weigh more.
 */
const RESOURCE_WEIGHT: Partial<Record<ResourceCode, number>> = {
  funding: 1,
  volunteering: 1,
  "goods:other": 0.8,
  visibility: 0.6,
  // nonprofit → company: storytelling and territory knowledge are offered by nearly all
  storytelling: 0.4,
  "territory-knowledge": 0.6,
  "impact-data": 1,
  "volunteering-opportunities": 1.2,
  training: 1,
  "inclusive-hiring": 1.6,
  products: 1.4,
};
const SPECIFIC_RESOURCE_WEIGHT = 1.6;

/** Weight of each resource bit, indexed like RESOURCE_CODES. */
export const RESOURCE_WEIGHTS: Float64Array = Float64Array.from(
  RESOURCE_CODES,
  (code) => RESOURCE_WEIGHT[code] ?? SPECIFIC_RESOURCE_WEIGHT,
);

export const FUNDING_BIT = 1 << RESOURCE_CODES.indexOf("funding");
export const VOLUNTEERING_BIT = 1 << RESOURCE_CODES.indexOf("volunteering");
export const VOLUNTEERING_OPPORTUNITIES_BIT = 1 << RESOURCE_CODES.indexOf("volunteering-opportunities");
export const NONPROFIT_RESOURCES_MASK = NONPROFIT_RESOURCE_CODES.reduce(
  (mask, code) => mask | (1 << RESOURCE_CODES.indexOf(code)),
  0,
);

/**
 * Coverage of a need list: mostly the share of the need covered (a partner that solves the
 * whole problem beats one that solves a corner), partly the absolute amount (three useful
 * resources beat one, even for a long wish list). SATURATION is the covered weight that
 * counts as "a lot".
 */
export const COVERAGE_SHARE = 0.7;
export const NEEDS_SATURATION = 3;
export const REVERSE_SATURATION = 2;

/** Employee hours one hosted volunteer place absorbs in a year (about a dozen days). */
export const HOURS_PER_HOSTED_PLACE = 50;

/**
 * Out of range: the factor is 1 / (1 + (excess / tolerance)^2), with a tolerance of a quarter
 * of the range plus 3 km: 2 km over a 20 km range costs 6%, twice the range costs ~90%.
 */
export const RANGE_TOLERANCE_SHARE = 0.25;
export const RANGE_TOLERANCE_KM = 3;
/** Proximity inside the range: half relative to the range, half absolute (km scale). */
export const PROXIMITY_KM_SCALE = 20;
/** Share of the proximity points a profile gets when a comune cannot be placed. */
export const UNKNOWN_DISTANCE_SHARE = 0.3;

/**
 * No duration both accept: a strong penalty, not an exclusion. The sample's broker marks
 * such pairs neither acceptable nor forbidden, and a one-off gift to a multi-year project
 * (co-funding its first year) is common practice, so the pair stays, far down.
 */
export const HORIZON_MISMATCH_FACTOR = 0.4;

/** Some (not all) of the nonprofit's causes are excluded by the company: see find-exclusion.ts. */
export const PARTLY_EXCLUDED_FACTOR = 0.6;

/** Money: coverage of the yearly need counts as ratio^0.6 below 1 (a 10% share ≈ 0.25). */
export const FUNDING_RATIO_EXPONENT = 0.6;
