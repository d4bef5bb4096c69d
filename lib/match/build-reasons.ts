import { CONCEPTS } from "./italian-lexicon";
import { CAUSE_LABELS, RESOURCE_LABELS, joinLabels, type Label } from "./labels";
import type { PreparedProfile } from "./prepare-profile";
import type { PairBreakdown } from "./score-pair";
import type { MatchReason } from "./types";
import { CAUSE_CODES, RESOURCE_CODES, codesOfMask } from "./vocabulary";

/** Parts worth less than this are not worth a sentence; their points go to the largest reason. */
const MIN_POINTS = 0.5;

// "always": Italian style leaves 4-digit amounts ungrouped (3000), which reads oddly beside 20.000.
const euro = new Intl.NumberFormat("it-IT", { maximumFractionDigits: 0, useGrouping: "always" });

// Reasons are built for every match returned (all pairs of 2,000 × 2,000 build 20,000 lists),
// and their label lists repeat: the same masks of resources, causes and themes. Each joined
// list is made once and kept, up to a bound. Distances are not kept: they are floats, nearly
// all different (one per pair of comuni), and formatting one costs less than a lookup.
const MAX_CACHED = 10_000;

const km = (value: number): string => value.toFixed(value < 10 ? 1 : 0);

type Joined = { it: string; en: string };

function keep<V>(cache: Map<number, V>, key: number, value: V): V {
  if (cache.size < MAX_CACHED) cache.set(key, value);
  return value;
}

/** The labels of the codes in a mask, joined in both languages, kept per mask in `cache`. */
function joinedCodes<T extends string>(cache: Map<number, Joined>, codes: readonly T[], labels: Readonly<Record<T, Label>>, mask: number): Joined {
  const cached = cache.get(mask);
  if (cached !== undefined) return cached;
  const named = codesOfMask(codes, mask).map((code) => labels[code]);
  return keep(cache, mask, { it: joinLabels(named, "it"), en: joinLabels(named, "en") });
}

const joinedResources = new Map<number, Joined>();
const resourceLabels = (mask: number): Joined => joinedCodes(joinedResources, RESOURCE_CODES, RESOURCE_LABELS, mask);
const joinedCauses = new Map<number, Joined>();
const causeLabels = (mask: number): Joined => joinedCodes(joinedCauses, CAUSE_CODES, CAUSE_LABELS, mask);

/** Themes of a mask of CONCEPTS, joined; null when there is none. */
const joinedThemes = new Map<number, Joined | null>();
function themeLabels(mask: number): Joined | null {
  const cached = joinedThemes.get(mask);
  if (cached !== undefined) return cached;
  const themes = CONCEPTS.filter((_, bit) => (mask & (1 << bit)) !== 0).map((t) => ({ it: t.it, en: t.name }));
  return keep(joinedThemes, mask, themes.length > 0 ? { it: joinLabels(themes, "it"), en: joinLabels(themes, "en") } : null);
}

const FUNDING_BIT = 1 << RESOURCE_CODES.indexOf("funding");

/** What the sentences quote of each side: the few numbers a slot holds, no whole profile. */
/** `hasArea`: the company named provinces or comuni rather than a radius (prepare-profile.ts). */
export type CompanyFacts = Pick<PreparedProfile, "budgetEur" | "rangeKm"> & { hasArea: boolean };
export type NonprofitFacts = Pick<PreparedProfile, "yearlyNeedEur">;

function describeFunding(company: CompanyFacts, nonprofit: NonprofitFacts, ratio: number, points: number): MatchReason {
  const budget = euro.format(company.budgetEur);
  const need = euro.format(Math.round(nonprofit.yearlyNeedEur));
  if (!(ratio < 1)) {
    return {
      code: "funding",
      it: `Il budget annuo dell'azienda (${budget} €) copre il fabbisogno annuo del progetto (${need} €)`,
      en: `The company's yearly budget (EUR ${budget}) covers the project's yearly need (EUR ${need})`,
      points,
    };
  }
  const share = Math.max(1, Math.round(ratio * 100));
  return {
    code: "funding",
    it: `Il budget annuo dell'azienda (${budget} €) copre circa il ${share}% del fabbisogno annuo del progetto (${need} €)`,
    en: `The company's yearly budget (EUR ${budget}) covers about ${share}% of the project's yearly need (EUR ${need})`,
    points,
  };
}

/** Where the nonprofit lies for the company: within (or outside) its named area or its range. */
function describeDistance(company: CompanyFacts, distanceKm: number, within: boolean): Joined {
  const distance = km(distanceKm);
  if (company.hasArea) {
    return within
      ? { it: `A ${distance} km, nell'area d'azione dell'azienda`, en: `${distance} km away, within the company's area of action` }
      : { it: `A ${distance} km, fuori dall'area d'azione dell'azienda`, en: `${distance} km away, outside the company's area of action` };
  }
  const range = km(company.rangeKm);
  return within
    ? { it: `A ${distance} km, entro il raggio d'azione dell'azienda (${range} km)`, en: `${distance} km away, within the company's range (${range} km)` }
    : { it: `A ${distance} km, oltre il raggio d'azione dell'azienda (${range} km)`, en: `${distance} km away, beyond the company's range (${range} km)` };
}

function describeProximity(company: CompanyFacts, distanceKm: number, points: number): MatchReason {
  if (Number.isNaN(distanceKm)) {
    return { code: "proximity", it: "Distanza non calcolabile: comune non riconosciuto", en: "Distance unknown: comune not recognised", points };
  }
  const text = describeDistance(company, distanceKm, true);
  return { code: "proximity", it: text.it, en: text.en, points };
}

/** A penalty's sentence; its points are worked out once all penalties are known. */
type Penalty = { code: MatchReason["code"]; it: string; en: string; factor: number };

function describeOutOfRange(company: CompanyFacts, distanceKm: number, factor: number): Penalty {
  const text = describeDistance(company, distanceKm, false);
  return { code: "out-of-range", it: text.it, en: text.en, factor };
}

/**
 * Turns a pair's breakdown into sentences, each with its points. The points add up to the
 * score: positive parts as earned, then what the factors took away, split between them in
 * proportion to their logarithms (so two halvings cost the same each).
 *
 * Built for every match returned (20,000 lists for all pairs of 2,000 × 2,000): each
 * sentence is one object literal, with no spread copies or intermediate lists.
 */
export function buildReasons(
  company: CompanyFacts,
  nonprofit: NonprofitFacts,
  b: PairBreakdown,
  exposureFactor: number,
  timesProposed: number,
): MatchReason[] {
  const reasons: MatchReason[] = [];

  const otherNeeds = b.coveredNeeds & ~FUNDING_BIT;
  if (b.needsMet > 0 && otherNeeds !== 0) {
    const labels = resourceLabels(otherNeeds);
    reasons.push({
      code: "needs-met",
      it: `L'azienda offre ciò che serve all'ente: ${labels.it}`,
      en: `The company offers what the nonprofit needs: ${labels.en}`,
      points: b.needsMet,
    });
  }
  if (b.funding > 0) reasons.push(describeFunding(company, nonprofit, b.fundingRatio, b.funding));
  if (b.needsMetReverse > 0) {
    const labels = resourceLabels(b.coveredReverse);
    reasons.push({
      code: "needs-met-reverse",
      it: `L'ente offre ciò che l'azienda cerca: ${labels.it}`,
      en: `The nonprofit offers what the company looks for: ${labels.en}`,
      points: b.needsMetReverse,
    });
  }
  if (b.causes > 0) {
    const labels = causeLabels(b.sharedCauses);
    reasons.push({ code: "shared-causes", it: `Cause in comune: ${labels.it}`, en: `Shared causes: ${labels.en}`, points: b.causes });
  }
  if (b.proximity > 0) reasons.push(describeProximity(company, b.distanceKm, b.proximity));
  if (b.horizons > 0) {
    reasons.push({ code: "horizons", it: "Durata della collaborazione compatibile", en: "Compatible partnership duration", points: b.horizons });
  }
  if (b.description > 0) {
    const themes = themeLabels(b.sharedConcepts);
    reasons.push(
      themes !== null
        ? {
            code: "description",
            it: `Le descrizioni parlano degli stessi temi: ${themes.it}`,
            en: `The descriptions speak of the same themes: ${themes.en}`,
            points: b.description,
          }
        : { code: "description", it: "Le descrizioni usano parole in comune", en: "The descriptions share words", points: b.description },
    );
  }
  if (b.sdgs > 0) {
    reasons.push({ code: "sdgs", it: "Obiettivi di sviluppo sostenibile in comune", en: "Shared Sustainable Development Goals", points: b.sdgs });
  }

  // Fold parts too small for a sentence into the largest one, keeping the sum exact.
  reasons.sort((x, y) => y.points - x.points);
  let kept = 0;
  let folded = 0;
  for (let i = 0; i < reasons.length; i++) {
    const reason = reasons[i] as MatchReason;
    if (i === 0 || reason.points >= MIN_POINTS) reasons[kept++] = reason;
    else folded += reason.points;
  }
  reasons.length = kept;
  if (kept > 0) (reasons[0] as MatchReason).points += folded;

  const penalties: Penalty[] = [];
  if (b.rangeFactor < 1) penalties.push(describeOutOfRange(company, b.distanceKm, b.rangeFactor));
  if (b.horizonFactor < 1) {
    penalties.push({
      code: "horizon-mismatch",
      it: "Nessuna durata della collaborazione accettata da entrambi",
      en: "No partnership duration both accept",
      factor: b.horizonFactor,
    });
  }
  if (b.partlyExcludedFactor < 1) {
    penalties.push({
      code: "excluded-causes-partly",
      it: "Alcune attività dell'ente rientrano in cause che l'azienda esclude: verificare il progetto",
      en: "Some of the nonprofit's activities are causes the company excludes: check the project",
      factor: b.partlyExcludedFactor,
    });
  }
  if (exposureFactor < 1) {
    penalties.push({
      code: "exposure",
      it: `Già proposto ${timesProposed} volte ad altri`,
      en: `Already proposed ${timesProposed} times to others`,
      factor: exposureFactor,
    });
  }
  if (penalties.length === 0) return reasons;
  let total = 1;
  for (const penalty of penalties) total *= penalty.factor;
  const lost = b.raw * (1 - total);
  const logTotal = Math.log(total);
  for (const { code, it, en, factor } of penalties) {
    reasons.push({ code, it, en, factor, points: penalties.length === 1 ? -lost : (-lost * Math.log(factor)) / logTotal });
  }
  return reasons;
}
