import { buildReasons } from "./build-reasons";
import { findExclusion } from "./find-exclusion";
import type { PreparedProfile } from "./prepare-profile";
import { DEFAULT_EXPOSURE_WEIGHT, rateExposure } from "./rate-exposure";
import { PRUNED, createBreakdown, scorePair } from "./score-pair";
import { TopKSelector } from "./select-top-k";
import type { MatchResult } from "./types";

export type RankOptions = {
  /** How many to return, best first (default 10; Infinity for the whole ranking). */
  top?: number;
  /** Times each candidate id has already been proposed; penalises the over-proposed. */
  exposure?: ReadonlyMap<string, number>;
  /** Strength of the exposure penalty (default 0.15; 0 turns it off). */
  exposureWeight?: number;
};

const DEFAULT_TOP = 10;

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Ranks candidates of the other kind for a subject, best first, with a score 0..100 and the
 * reasons for it. Candidates of the same kind, the subject itself and hard exclusions are
 * left out (never returned, not even last). Equal scores are ordered by id, so the result is
 * the same whatever the order of `candidates`.
 */
export function rankCandidates(
  subject: PreparedProfile,
  candidates: readonly PreparedProfile[],
  options: RankOptions = {},
): MatchResult[] {
  const top = Math.min(options.top ?? DEFAULT_TOP, candidates.length);
  const exposure = options.exposure;
  const exposureWeight = options.exposureWeight ?? DEFAULT_EXPOSURE_WEIGHT;
  const subjectIsCompany = subject.kind === "company";
  const breakdown = createBreakdown();
  const selector = new TopKSelector(top, (a, b) =>
    compareIds((candidates[a] as PreparedProfile).id, (candidates[b] as PreparedProfile).id),
  );

  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i] as PreparedProfile;
    if (candidate.kind === subject.kind) continue;
    const company = subjectIsCompany ? subject : candidate;
    const nonprofit = subjectIsCompany ? candidate : subject;
    if (findExclusion(company, nonprofit) !== null) continue;
    const exposureFactor = exposure === undefined ? 1 : rateExposure(exposure.get(candidate.id) ?? 0, exposureWeight);
    const pairScore = scorePair(company, nonprofit, breakdown, selector.threshold() / exposureFactor);
    if (pairScore === PRUNED) continue;
    selector.offer(pairScore * exposureFactor, i);
  }

  // Reasons only for the few returned: the breakdown is recomputed for each of them.
  return selector.drain().map(({ item, score }) => {
    const candidate = candidates[item] as PreparedProfile;
    const company = subjectIsCompany ? subject : candidate;
    const nonprofit = subjectIsCompany ? candidate : subject;
    scorePair(company, nonprofit, breakdown);
    const times = exposure?.get(candidate.id) ?? 0;
    const reasons = buildReasons(company, nonprofit, breakdown, rateExposure(times, exposureWeight), times);
    return { id: candidate.id, score, reasons };
  });
}
