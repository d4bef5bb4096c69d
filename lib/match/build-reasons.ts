import { CONCEPTS } from "./italian-lexicon";
import { CAUSE_LABELS, RESOURCE_LABELS, joinLabels } from "./labels";
import type { PreparedProfile } from "./prepare-profile";
import type { PairBreakdown } from "./score-pair";
import type { MatchReason } from "./types";
import { CAUSE_CODES, RESOURCE_CODES, codesOfMask } from "./vocabulary";

/** Parts worth less than this are not worth a sentence; their points go to the largest reason. */
const MIN_POINTS = 0.5;

// "always": Italian style leaves 4-digit amounts ungrouped (3000), which reads oddly beside 20.000.
const euro = new Intl.NumberFormat("it-IT", { maximumFractionDigits: 0, useGrouping: "always" });

// Reasons are built for every match returned (all pairs of 2,000 × 2,000 build 20,000 lists),
// and their sentences repeat: the same masks of resources, causes and themes, the same few
// distances between comuni. Each piece is made once and kept, up to a bound.
const MAX_CACHED = 10_000;

function remember<K, V>(cache: Map<K, V>, key: K, make: (key: K) => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make(key);
    if (cache.size < MAX_CACHED) cache.set(key, value);
  }
  return value;
}

const kmTexts = new Map<number, string>();
const km = (value: number): string => remember(kmTexts, value, (v) => v.toFixed(v < 10 ? 1 : 0));

const joinedResources = new Map<number, { it: string; en: string }>();
function resourceLabels(mask: number): { it: string; en: string } {
  return remember(joinedResources, mask, (m) => {
    const labels = codesOfMask(RESOURCE_CODES, m).map((code) => RESOURCE_LABELS[code]);
    return { it: joinLabels(labels, "it"), en: joinLabels(labels, "en") };
  });
}

const joinedCauses = new Map<number, { it: string; en: string }>();
function causeLabels(mask: number): { it: string; en: string } {
  return remember(joinedCauses, mask, (m) => {
    const labels = codesOfMask(CAUSE_CODES, m).map((c) => CAUSE_LABELS[c]);
    return { it: joinLabels(labels, "it"), en: joinLabels(labels, "en") };
  });
}

/** Themes of a mask of CONCEPTS, joined; null when there is none. */
const joinedThemes = new Map<number, { it: string; en: string } | null>();
function themeLabels(mask: number): { it: string; en: string } | null {
  return remember(joinedThemes, mask, (m) => {
    const themes = CONCEPTS.filter((_, bit) => (m & (1 << bit)) !== 0).map((t) => ({ it: t.it, en: t.name }));
    return themes.length > 0 ? { it: joinLabels(themes, "it"), en: joinLabels(themes, "en") } : null;
  });
}

/** What the sentences quote of each side: the few numbers a slot holds, no whole profile. */
/** `hasArea`: the company named provinces or comuni rather than a radius (prepare-profile.ts). */
export type CompanyFacts = Pick<PreparedProfile, "budgetEur" | "rangeKm"> & { hasArea: boolean };
export type NonprofitFacts = Pick<PreparedProfile, "yearlyNeedEur">;

function describeFunding(company: CompanyFacts, nonprofit: NonprofitFacts, ratio: number): { it: string; en: string } {
  const budget = euro.format(company.budgetEur);
  const need = euro.format(Math.round(nonprofit.yearlyNeedEur));
  if (!(ratio < 1)) {
    return {
      it: `Il budget annuo dell'azienda (${budget} €) copre il fabbisogno annuo del progetto (${need} €)`,
      en: `The company's yearly budget (EUR ${budget}) covers the project's yearly need (EUR ${need})`,
    };
  }
  const share = Math.max(1, Math.round(ratio * 100));
  return {
    it: `Il budget annuo dell'azienda (${budget} €) copre circa il ${share}% del fabbisogno annuo del progetto (${need} €)`,
    en: `The company's yearly budget (EUR ${budget}) covers about ${share}% of the project's yearly need (EUR ${need})`,
  };
}

/**
 * Turns a pair's breakdown into sentences, each with its points. The points add up to the
 * score: positive parts as earned, then what the factors took away, split between them in
 * proportion to their logarithms (so two halvings cost the same each).
 */
export function buildReasons(
  company: CompanyFacts,
  nonprofit: NonprofitFacts,
  b: PairBreakdown,
  exposureFactor: number,
  timesProposed: number,
): MatchReason[] {
  const positive: MatchReason[] = [];
  const add = (reason: MatchReason) => positive.push(reason);

  const otherNeeds = b.coveredNeeds & ~(1 << RESOURCE_CODES.indexOf("funding"));
  if (b.needsMet > 0 && otherNeeds !== 0) {
    const labels = resourceLabels(otherNeeds);
    add({
      code: "needs-met",
      it: `L'azienda offre ciò che serve all'ente: ${labels.it}`,
      en: `The company offers what the nonprofit needs: ${labels.en}`,
      points: b.needsMet,
    });
  }
  if (b.funding > 0) add({ code: "funding", ...describeFunding(company, nonprofit, b.fundingRatio), points: b.funding });
  if (b.needsMetReverse > 0) {
    const labels = resourceLabels(b.coveredReverse);
    add({
      code: "needs-met-reverse",
      it: `L'ente offre ciò che l'azienda cerca: ${labels.it}`,
      en: `The nonprofit offers what the company looks for: ${labels.en}`,
      points: b.needsMetReverse,
    });
  }
  if (b.causes > 0) {
    const labels = causeLabels(b.sharedCauses);
    add({
      code: "shared-causes",
      it: `Cause in comune: ${labels.it}`,
      en: `Shared causes: ${labels.en}`,
      points: b.causes,
    });
  }
  if (b.proximity > 0) {
    add(
      Number.isNaN(b.distanceKm)
        ? { code: "proximity", it: "Distanza non calcolabile: comune non riconosciuto", en: "Distance unknown: comune not recognised", points: b.proximity }
        : {
            code: "proximity",
            ...(company.hasArea
              ? { it: `A ${km(b.distanceKm)} km, nell'area d'azione dell'azienda`, en: `${km(b.distanceKm)} km away, within the company's area of action` }
              : {
                  it: `A ${km(b.distanceKm)} km, entro il raggio d'azione dell'azienda (${km(company.rangeKm)} km)`,
                  en: `${km(b.distanceKm)} km away, within the company's range (${km(company.rangeKm)} km)`,
                }),
            points: b.proximity,
          },
    );
  }
  if (b.horizons > 0) {
    add({ code: "horizons", it: "Durata della collaborazione compatibile", en: "Compatible partnership duration", points: b.horizons });
  }
  if (b.description > 0) {
    const themes = themeLabels(b.sharedConcepts);
    add(
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
    add({ code: "sdgs", it: "Obiettivi di sviluppo sostenibile in comune", en: "Shared Sustainable Development Goals", points: b.sdgs });
  }

  // Fold parts too small for a sentence into the largest one, keeping the sum exact.
  positive.sort((x, y) => y.points - x.points);
  const kept = positive.filter((r, i) => i === 0 || r.points >= MIN_POINTS);
  const folded = positive.reduce((sum, r, i) => (i === 0 || r.points >= MIN_POINTS ? sum : sum + r.points), 0);
  if (kept[0]) kept[0] = { ...kept[0], points: kept[0].points + folded };

  const factors: Array<{ factor: number; reason: Omit<MatchReason, "points"> }> = [];
  if (b.rangeFactor < 1) {
    factors.push({
      factor: b.rangeFactor,
      reason: {
        code: "out-of-range",
        ...(company.hasArea
          ? { it: `A ${km(b.distanceKm)} km, fuori dall'area d'azione dell'azienda`, en: `${km(b.distanceKm)} km away, outside the company's area of action` }
          : {
              it: `A ${km(b.distanceKm)} km, oltre il raggio d'azione dell'azienda (${km(company.rangeKm)} km)`,
              en: `${km(b.distanceKm)} km away, beyond the company's range (${km(company.rangeKm)} km)`,
            }),
      },
    });
  }
  if (b.horizonFactor < 1) {
    factors.push({
      factor: b.horizonFactor,
      reason: {
        code: "horizon-mismatch",
        it: "Nessuna durata della collaborazione accettata da entrambi",
        en: "No partnership duration both accept",
      },
    });
  }
  if (b.partlyExcludedFactor < 1) {
    factors.push({
      factor: b.partlyExcludedFactor,
      reason: {
        code: "excluded-causes-partly",
        it: "Alcune attività dell'ente rientrano in cause che l'azienda esclude: verificare il progetto",
        en: "Some of the nonprofit's activities are causes the company excludes: check the project",
      },
    });
  }
  if (exposureFactor < 1) {
    factors.push({
      factor: exposureFactor,
      reason: {
        code: "exposure",
        it: `Già proposto ${timesProposed} volte ad altri`,
        en: `Already proposed ${timesProposed} times to others`,
      },
    });
  }
  const total = factors.reduce((p, f) => p * f.factor, 1);
  const lost = b.raw * (1 - total);
  const logTotal = Math.log(total);
  const negative = factors.map(({ factor, reason }) => ({
    ...reason,
    factor,
    points: factors.length === 1 ? -lost : (-lost * Math.log(factor)) / logTotal,
  }));
  return [...kept, ...negative];
}
