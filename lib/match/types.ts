import type { CauseCode, Horizon, LegalForm, ResourceCode, SensitiveTag } from "./vocabulary";

/** What both kinds of profile have (FORMAT.md, "Profile"). */
type BaseProfile = {
  id: string;
  name: string;
  comune: string;
  description: string;
  causes: CauseCode[];
  sdgs?: number[];
  offers: ResourceCode[];
  needs: ResourceCode[];
  horizons: Horizon[];
};

/** Where a company acts when it named provinces or comuni instead of a radius (not in the exchange format). */
export type AreaOfAction = { provinces?: string[]; comuni?: string[] };

export type CompanyProfile = BaseProfile & {
  kind: "company";
  rangeKm: number;
  /** Only these provinces (sigle) or comuni (names): a partner elsewhere is out of range. */
  area?: AreaOfAction;
  employees: number;
  budgetEur: number;
  volunteerHours: number;
  sector: string;
  sectorTags: SensitiveTag[];
  excludeCauses: CauseCode[];
};

export type NonprofitProfile = BaseProfile & {
  kind: "nonprofit";
  legalForm: LegalForm;
  volunteersHosted: number;
  projectBudgetEur: number;
  excludeSectorTags: SensitiveTag[];
};

export type MatchProfile = CompanyProfile | NonprofitProfile;

/**
 * One reason for a score, in Italian and English. An additive part has its points; a penalty
 * also has the factor it multiplies the sum by, and its points are what that factor took
 * away (see explain-score.ts for how the parts are shown).
 */
export type MatchReason = {
  code: ReasonCode;
  it: string;
  en: string;
  points: number;
  /** Penalties only: the factor in (0, 1) the sum of the additive parts is multiplied by. */
  factor?: number;
};

export type ReasonCode =
  | "needs-met"
  | "funding"
  | "needs-met-reverse"
  | "shared-causes"
  | "proximity"
  | "horizons"
  | "description"
  | "sdgs"
  | "out-of-range"
  | "horizon-mismatch"
  | "excluded-causes-partly"
  | "exposure";

/**
 * A ranked candidate. Invariant: the points of `reasons` add up to `score` (0..100), so the
 * positive reasons say where the score comes from and the negative ones what it lost.
 */
export type MatchResult = {
  id: string;
  score: number;
  reasons: MatchReason[];
};

export type ExclusionCode = "same-kind" | "excluded-sector" | "excluded-causes";
