import { distanceKm } from "../geo/distance-km";
import * as geo from "../geo/find-comune";
import * as reading from "./read-description";
import * as scoring from "./score-pair";
import type { AreaOfAction, MatchProfile } from "./types";
import * as vocabulary from "./vocabulary";

// Local copies: some module loaders (tsx, jest) read imported bindings through getters, which
// shows when 100,000 profiles are prepared.
const { findComune, listComuniOfProvince } = geo;
const { readDescription } = reading;
const { sumResourceWeights } = scoring;
const { CAUSE_CODES, HORIZONS, RESOURCE_CODES, SENSITIVE_TAGS, maskOf, popcount } = vocabulary;

const DEG = Math.PI / 180;
const MULTI_YEAR_BIT = 1 << HORIZONS.indexOf("multi-year");
/** FORMAT.md: a multi-year partnership is "usually three years". */
const MULTI_YEAR_YEARS = 3;
const THREE_YEARS = /triennal|tre anni|three years/i;

/**
 * A profile turned into numbers once, so that ranking 100,000 candidates is bit arithmetic:
 * every list of codes is a bit mask, the comune is a point in radians, the description a
 * sorted list of hashed stems plus a mask of themes.
 */
/** A company's area of action by provinces (sigle) and comuni (ISTAT codes). */
export type PreparedArea = { readonly provinces: ReadonlySet<string>; readonly comuni: ReadonlySet<string> };

/** Where a profile is: its comune's ISTAT code and province ("" when unknown), and a company's named area. */
export type PreparedPlace = { readonly istat: string; readonly province: string; readonly area: PreparedArea | null };

export type PreparedProfile = {
  readonly id: string;
  readonly kind: MatchProfile["kind"];
  readonly place: PreparedPlace;
  /** Radians; NaN when the comune is not known to lib/geo. */
  readonly latRad: number;
  readonly lonRad: number;
  readonly cosLat: number;
  readonly causes: number;
  readonly causeCount: number;
  readonly offers: number;
  readonly needs: number;
  /** Sum of the weights of `needs`, the denominator of every coverage. */
  readonly needWeight: number;
  readonly horizons: number;
  readonly sdgs: number;
  readonly sdgCount: number;
  /** Company: tags of its business. Nonprofit: tags it refuses. */
  readonly sensitiveTags: number;
  /** Company only: causes it will not support (0 for a nonprofit). */
  readonly excludedCauses: number;
  readonly rangeKm: number;
  readonly budgetEur: number;
  readonly volunteerHours: number;
  readonly volunteersHosted: number;
  /** Nonprofit only: what its project needs per year, the unit a company budget is given in. */
  readonly yearlyNeedEur: number;
  readonly stems: Int32Array;
  readonly stemCount: number;
  readonly concepts: number;
  readonly conceptCount: number;
};

/**
 * A project budget is per partnership; a company budget is per year. Only a nonprofit that
 * accepts nothing shorter than a multi-year partnership (or says "triennale") proposes a
 * three-year total: one that also accepts annual partnerships proposes a yearly amount.
 */
function computeYearlyNeed(profile: MatchProfile, horizons: number): number {
  if (profile.kind !== "nonprofit") return 0;
  const onlyMultiYear = horizons === MULTI_YEAR_BIT;
  // The text is searched only when it can change the answer (a regex per profile shows at 100,000).
  const threeYears =
    onlyMultiYear || ((horizons & MULTI_YEAR_BIT) !== 0 && THREE_YEARS.test(profile.description));
  const years = threeYears ? MULTI_YEAR_YEARS : 1;
  return profile.projectBudgetEur / years;
}

/**
 * A named area as sets, and how far its farthest comune lies from the seat: the range the
 * proximity points are measured against, so an area that reaches 80 km is not "beyond a
 * 30 km range" inside itself.
 */
function prepareArea(area: AreaOfAction | undefined, seat: { lat: number; lon: number } | undefined): { area: PreparedArea | null; reachKm: number } {
  const provinces = new Set(area?.provinces ?? []);
  const comuni = new Set<string>();
  for (const name of area?.comuni ?? []) {
    const found = findComune(name);
    if (found) comuni.add(found.istat);
  }
  if (provinces.size === 0 && comuni.size === 0) return { area: null, reachKm: 0 };
  let reachKm = 0;
  if (seat) {
    const places = [...[...provinces].flatMap((sigla) => listComuniOfProvince(sigla)), ...(area?.comuni ?? []).flatMap((name) => findComune(name) ?? [])];
    for (const place of places) reachKm = Math.max(reachKm, distanceKm(seat, place));
  }
  return { area: { provinces, comuni }, reachKm };
}

// A place without a named area is the same for every profile in that comune: one shared
// object per comune (about 8,000 at most), not one per profile (100,000 in an index).
const SHARED_PLACES = new Map<string, PreparedPlace>();
function placeOf(comune: { istat: string; province: string } | undefined, area: PreparedArea | null): PreparedPlace {
  if (area) return { istat: comune?.istat ?? "", province: comune?.province ?? "", area };
  const istat = comune?.istat ?? "";
  let place = SHARED_PLACES.get(istat);
  if (!place) {
    place = { istat, province: comune?.province ?? "", area: null };
    SHARED_PLACES.set(istat, place);
  }
  return place;
}

export function prepareProfile(profile: MatchProfile): PreparedProfile {
  const comune = findComune(profile.comune);
  const named = profile.kind === "company" ? prepareArea(profile.area, comune) : { area: null, reachKm: 0 };
  const latRad = comune ? comune.lat * DEG : Number.NaN;
  const causes = maskOf(CAUSE_CODES, profile.causes);
  const needs = maskOf(RESOURCE_CODES, profile.needs);
  const horizons = maskOf(HORIZONS, profile.horizons);
  let sdgs = 0;
  for (const goal of profile.sdgs ?? []) sdgs |= 1 << goal;
  const text = readDescription(profile.description);
  const isCompany = profile.kind === "company";
  return {
    id: profile.id,
    kind: profile.kind,
    place: placeOf(comune, named.area),
    latRad,
    lonRad: comune ? comune.lon * DEG : Number.NaN,
    cosLat: Math.cos(latRad),
    causes,
    causeCount: popcount(causes),
    offers: maskOf(RESOURCE_CODES, profile.offers),
    needs,
    needWeight: sumResourceWeights(needs),
    horizons,
    sdgs,
    sdgCount: popcount(sdgs),
    sensitiveTags: maskOf(SENSITIVE_TAGS, isCompany ? profile.sectorTags : profile.excludeSectorTags),
    excludedCauses: isCompany ? maskOf(CAUSE_CODES, profile.excludeCauses) : 0,
    rangeKm: isCompany ? Math.max(profile.rangeKm, named.reachKm) : 0,
    budgetEur: isCompany ? profile.budgetEur : 0,
    volunteerHours: isCompany ? profile.volunteerHours : 0,
    volunteersHosted: isCompany ? 0 : profile.volunteersHosted,
    yearlyNeedEur: computeYearlyNeed(profile, horizons),
    stems: text.stems,
    stemCount: text.stems.length,
    concepts: text.concepts,
    conceptCount: popcount(text.concepts),
  };
}
