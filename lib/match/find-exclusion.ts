import type { PreparedProfile } from "./prepare-profile";
import type { ExclusionCode } from "./types";

/** The only features an exclusion reads (the directory keeps just these per organisation). */
export type ExclusionFeatures = Pick<PreparedProfile, "sensitiveTags" | "causes" | "excludedCauses">;

/**
 * Hard exclusions between a company and a nonprofit: such a pair is never proposed, whatever
 * its fit. Returns the reason, or null when the pair may be ranked.
 *
 * - Sector: ANY sensitive tag of the company that the nonprofit refuses excludes the pair;
 *   the tags describe what the company is, and a single one is what the nonprofit refuses.
 * - Causes: the pair is excluded only when ALL the nonprofit's causes are excluded by the
 *   company. A company excludes causes it will not fund, and it funds a project, not the
 *   whole organisation: a nonprofit with other activities can propose a project in one of
 *   them (the broker then checks it), while one whose every activity is excluded (the
 *   adoption body of the sample, whose only cause is international adoption) cannot. The
 *   partial case is penalised in score-pair.ts and flagged in the reasons.
 */
export function findExclusion(company: ExclusionFeatures, nonprofit: ExclusionFeatures): ExclusionCode | null {
  if ((company.sensitiveTags & nonprofit.sensitiveTags) !== 0) return "excluded-sector";
  if (nonprofit.causes !== 0 && (nonprofit.causes & ~company.excludedCauses) === 0) return "excluded-causes";
  return null;
}
