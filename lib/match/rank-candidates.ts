import { buildReasons } from "./build-reasons";
import type { PreparedProfile } from "./prepare-profile";
import { ProfileColumns } from "./profile-columns";
import * as exposures from "./rate-exposure";
import * as scoring from "./score-pair";
import { TopKSelector } from "./select-top-k";
import type { MatchResult } from "./types";

export type RankOptions = {
  /** How many to return, best first (default 10; Infinity for the whole ranking). */
  top?: number;
  /** Times each candidate id has already been proposed; penalises the over-proposed. */
  exposure?: ReadonlyMap<string, number>;
  /** Strength of the exposure penalty (default 0.15; 0 turns it off). */
  exposureWeight?: number;
  /** Candidates never returned (e.g. dismissed ones), by id. */
  skip?: ReadonlySet<string>;
};

const DEFAULT_TOP = 10;
// Imported bindings are read through getters by some module loaders (tsx, jest): the hot
// loop reads these local copies instead.
const { PRUNED, boundBlock, createBreakdown, scoreSlots } = scoring;
const { DEFAULT_EXPOSURE_WEIGHT, rateExposure } = exposures;

/** Candidates bounded at a time: small enough to stay in the first-level cache. */
const BLOCK = 1024;
const FIRST_BLOCK = 32;
/** Up to this many candidates of a block left in by their bounds are scored best bound first. */
const SORT_LIMIT = 64;
// Scratch state reused by every ranking (rankings are synchronous): the bounds of a block,
// the order its candidates are scored in, and a store for the subject.
const bounds = new Float64Array(BLOCK);
const order = new Int32Array(BLOCK);
const subjectStore = new ProfileColumns();

/**
 * The block's candidates whose bound reaches the threshold, into `order[0 .. count)`: by
 * bound, highest first, when they are few (the usual case), else in slot order. Scoring the
 * most promising first raises the threshold sooner, so fewer of the rest need a full score;
 * it matters most in the first block, bounded before any threshold is known (a third fewer
 * full scores in all pairs of 2,000). The order cannot change the result: a candidate is
 * left out only when its bound is below the top k's lowest score, and ties go by id.
 */
function orderBlock(from: number, to: number, threshold: number): { count: number; sorted: boolean } {
  let count = 0;
  for (let i = from; i < to; i++) {
    // NaN (never ranked) fails this comparison too.
    if ((bounds[i - from] as number) >= threshold) order[count++] = i;
  }
  if (count > SORT_LIMIT) return { count, sorted: false };
  for (let a = 1; a < count; a++) {
    const item = order[a] as number;
    const bound = bounds[item - from] as number;
    let b = a - 1;
    while (b >= 0 && (bounds[(order[b] as number) - from] as number) < bound) {
      order[b + 1] = order[b] as number;
      b--;
    }
    order[b + 1] = item;
  }
  return { count, sorted: true };
}

// Callers that rank the same array again and again (all pairs, an evaluation) reuse its
// columns; an array changed since is noticed (length and every element compared) and rebuilt.
const columnsOfArray = new WeakMap<readonly PreparedProfile[], ProfileColumns>();

function columnsOf(candidates: readonly PreparedProfile[]): ProfileColumns {
  const cached = columnsOfArray.get(candidates);
  if (cached && cached.size === candidates.length && cached.ids.every((id, i) => candidates[i]?.id === id)) {
    return cached;
  }
  const columns = new ProfileColumns();
  for (const candidate of candidates) columns.upsert(candidate);
  columnsOfArray.set(candidates, columns);
  return columns;
}

/**
 * Ranks candidates of the other kind for a subject, best first, with a score 0..100 and the
 * reasons for it. Candidates of the same kind, the subject itself and hard exclusions are
 * left out (never returned, not even last). Equal scores are ordered by id, so the result is
 * the same whatever the order of `candidates`. A profile repeated in the array (same id)
 * counts once, the last one given.
 */
export function rankCandidates(
  subject: PreparedProfile,
  candidates: readonly PreparedProfile[] | ProfileColumns,
  options: RankOptions = {},
): MatchResult[] {
  const store = candidates instanceof ProfileColumns ? candidates : columnsOf(candidates);
  const ids = store.ids;
  const top = Math.min(options.top ?? DEFAULT_TOP, store.size);
  const exposure = options.exposure !== undefined && options.exposure.size > 0 ? options.exposure : undefined;
  const exposureWeight = options.exposureWeight ?? DEFAULT_EXPOSURE_WEIGHT;
  const skip = options.skip !== undefined && options.skip.size > 0 ? options.skip : undefined;
  // The subject takes the one slot of a scratch store: ranking is synchronous, so one store
  // serves every call (building a store per call showed in all pairs of 2,000 × 2,000).
  const own = subjectStore;
  own.clear();
  own.upsert(subject);
  const subjectIsCompany = subject.kind === "company";
  const C = subjectIsCompany ? own : store;
  const N = subjectIsCompany ? store : own;
  const breakdown = createBreakdown();
  const selector = new TopKSelector(top, (a, b) => {
    const x = ids[a] as string;
    const y = ids[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });

  // The hot loop: bounds for a block of candidates (exclusions included, as NaN), then a
  // full score only for those whose bound reaches the threshold of the top k so far.
  let threshold = Number.NEGATIVE_INFINITY;
  // Blocks start small and double: a block is bounded against the threshold at its start,
  // which is -Infinity until k candidates are kept, so a large first block would be bounded
  // in full (half of a ranking of 2,000).
  for (let from = 0, to = 0; from < store.size; from = to) {
    to = Math.min(store.size, from + Math.min(BLOCK, Math.max(FIRST_BLOCK, from)));
    boundBlock(C, N, subjectIsCompany, from, to, threshold, bounds);
    const { count, sorted } = orderBlock(from, to, threshold);
    for (let k = 0; k < count; k++) {
      const i = order[k] as number;
      const bound = bounds[i - from] as number;
      // The threshold rises as candidates are kept: in bound order, none after this can reach it.
      if (!(bound >= threshold)) {
        if (sorted) break;
        continue;
      }
      let exposureFactor = 1;
      if (skip !== undefined || exposure !== undefined) {
        const id = ids[i] as string;
        if (skip?.has(id)) continue;
        if (exposure !== undefined) exposureFactor = rateExposure(exposure.get(id) ?? 0, exposureWeight);
      }
      const pairThreshold = threshold / exposureFactor;
      if (exposureFactor !== 1 && bound < pairThreshold) continue;
      const c = subjectIsCompany ? 0 : i;
      const n = subjectIsCompany ? i : 0;
      const pairScore = scoreSlots(C, c, N, n, breakdown, pairThreshold);
      if (pairScore === PRUNED) continue;
      selector.offer(pairScore * exposureFactor, i);
      threshold = selector.threshold();
    }
  }

  // Reasons only for the few returned: the same scoring is run again, keeping its breakdown.
  return selector.drain().map(({ item, score }) => {
    const c = subjectIsCompany ? 0 : item;
    const n = subjectIsCompany ? item : 0;
    scoreSlots(C, c, N, n, breakdown);
    const id = ids[item] as string;
    const company = { budgetEur: C.budgetEur[c] as number, rangeKm: C.rangeKm[c] as number, hasArea: C.places[c]?.area != null };
    const nonprofit = { yearlyNeedEur: N.yearlyNeedEur[n] as number };
    const times = exposure?.get(id) ?? 0;
    const reasons = buildReasons(company, nonprofit, breakdown, rateExposure(times, exposureWeight), times);
    return { id, score, reasons };
  });
}
