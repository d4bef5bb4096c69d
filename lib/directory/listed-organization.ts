import { findComune } from "@/lib/geo";
import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import type { ExclusionFeatures, MatchProfile, PreparedProfile } from "@/lib/match";
import { maskOf } from "@/lib/match/vocabulary";
import { CAUSE_CODES, RESOURCE_CODES, type CauseCode } from "@/lib/profiles/vocabulary";
import { normalizeSearchText } from "./normalize-search-text";

/**
 * An ACTIVE organisation as the directory lists it: only what any partner may read (name,
 * kind, comune and the public part of a sent questionnaire), prepared once per change so a
 * search is a loop over memory. Never the tax code, contacts, members or staff notes: they
 * are not even read into the index.
 */
export type ListedOrganization = {
  id: string;
  name: string;
  kind: OrganizationKind;
  comune: string;
  /** The name normalised: the order of organisations without a score. */
  sortKey: string;
  /** Name, comune and description normalised (normalizeSearchText): what a text search reads. */
  searchText: string;
  normalizedComune: string;
  /** Degrees; null when lib/geo does not know the comune. */
  lat: number | null;
  lon: number | null;
  /** Null while no questionnaire is sent (then no causes, resources, fit or exclusion either). */
  questionnaire: {
    description: string;
    causes: CauseCode[];
    causeMask: number;
    offerMask: number;
    needMask: number;
    /** What findExclusion reads, kept so that a search filters exclusions without the engine's columns. */
    exclusion: ExclusionFeatures;
  } | null;
};

export function toListedOrganization(
  row: { id: string; name: string; kind: OrganizationKind; comune: string },
  profile: MatchProfile | null,
  prepared: PreparedProfile | null,
): ListedOrganization {
  const place = findComune(row.comune);
  const description = profile?.description ?? "";
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    comune: row.comune,
    sortKey: normalizeSearchText(row.name),
    searchText: normalizeSearchText(`${row.name} ${row.comune} ${description}`),
    normalizedComune: normalizeSearchText(row.comune),
    lat: place?.lat ?? null,
    lon: place?.lon ?? null,
    questionnaire:
      profile && prepared
        ? {
            description,
            causes: profile.causes,
            causeMask: maskOf(CAUSE_CODES, profile.causes),
            offerMask: maskOf(RESOURCE_CODES, profile.offers),
            needMask: maskOf(RESOURCE_CODES, profile.needs),
            exclusion: { sensitiveTags: prepared.sensitiveTags, causes: prepared.causes, excludedCauses: prepared.excludedCauses },
          }
        : null,
  };
}
