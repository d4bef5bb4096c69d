import type { PreparedProfile } from "./prepare-profile";
import { rankCandidates } from "./rank-candidates";
import type { MatchResult } from "./types";

export type RankAllOptions = {
  top?: number;
  /**
   * Spread exposure across subjects: every candidate proposed to one subject counts as
   * proposed once more for the next ones, so the same few organisations are not proposed to
   * everyone. Subjects are served in the order given. Off by default.
   */
  spreadExposure?: boolean;
  exposureWeight?: number;
  /** Exposure already accumulated (e.g. from past proposals); copied, never mutated. */
  exposure?: ReadonlyMap<string, number>;
};

/** Ranks the other kind for every subject; candidates of the subject's own kind are skipped. */
export function rankAllSubjects(
  subjects: readonly PreparedProfile[],
  profiles: readonly PreparedProfile[],
  options: RankAllOptions = {},
): Array<{ subject: string; matches: MatchResult[] }> {
  const exposure = options.spreadExposure || options.exposure ? new Map(options.exposure) : undefined;
  return subjects.map((subject) => {
    const matches = rankCandidates(subject, profiles, {
      top: options.top,
      exposure,
      exposureWeight: options.exposureWeight,
    });
    if (options.spreadExposure && exposure) {
      for (const match of matches) exposure.set(match.id, (exposure.get(match.id) ?? 0) + 1);
    }
    return { subject: subject.id, matches };
  });
}
