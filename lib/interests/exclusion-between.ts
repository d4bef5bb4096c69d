import { findExclusion, prepareProfile } from "@/lib/match";
import { submittedMatchProfile } from "@/lib/profiles/submitted-match-profile";

/** What exclusionBetween needs of each organisation. */
export const PAIR_SELECT = { id: true, name: true, kind: true, comune: true, profile: { select: { data: true, submittedAt: true } } } as const;

type PairOrganization = Parameters<typeof submittedMatchProfile>[0];

/**
 * The hard exclusion between a company and a nonprofit, as the match engine applies it to
 * suggestions, as a message key ("excludedSector": the nonprofit refuses the company's
 * sector; "excludedCauses": the company excludes every cause of the nonprofit), or null;
 * unknown (null) without both questionnaires sent.
 */
export function exclusionBetween(company: PairOrganization, nonprofit: PairOrganization): "excludedSector" | "excludedCauses" | null {
  const companyProfile = submittedMatchProfile(company);
  const nonprofitProfile = submittedMatchProfile(nonprofit);
  if (!companyProfile || !nonprofitProfile) return null;
  const code = findExclusion(prepareProfile(companyProfile), prepareProfile(nonprofitProfile));
  if (code === "excluded-sector") return "excludedSector";
  if (code === "excluded-causes") return "excludedCauses";
  return null;
}
