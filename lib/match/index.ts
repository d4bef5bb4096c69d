/**
 * The match engine: pure TypeScript, no Prisma, no Next. Prepare every profile once, then
 * rank candidates for a subject.
 *
 *   const prepared = profiles.map(prepareProfile);
 *   const top = rankCandidates(prepared[0], prepared, { top: 10 });
 */
export { prepareProfile, type PreparedProfile } from "./prepare-profile";
export { rankCandidates, type RankOptions } from "./rank-candidates";
export { ProfileColumns } from "./profile-columns";
export { rankAllSubjects, type RankAllOptions } from "./rank-all-subjects";
export { findExclusion, type ExclusionFeatures } from "./find-exclusion";
export {
  explainScore,
  formatScoreSum,
  formatShownReason,
  formatWeight,
  type ScoreExplanation,
  type ShownPart,
  type ShownPenalty,
} from "./explain-score";
export { rateExposure, DEFAULT_EXPOSURE_WEIGHT } from "./rate-exposure";
export {
  computeHitAtK,
  computeNdcgAtK,
  countForbiddenProposed,
  evaluateCases,
  scoreCase,
  type CaseScores,
  type EvaluationCase,
  type EvaluationSummary,
} from "./evaluate";
export type {
  AreaOfAction,
  CompanyProfile,
  ExclusionCode,
  MatchProfile,
  MatchReason,
  MatchResult,
  NonprofitProfile,
  ReasonCode,
} from "./types";
export * from "./vocabulary";
