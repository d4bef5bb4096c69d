import { distanceKm, type LatLon } from "@/lib/geo";
import { findExclusion, type ExclusionFeatures } from "@/lib/match";
import { bitOf } from "@/lib/match/vocabulary";
import { CAUSE_CODES, RESOURCE_CODES } from "@/lib/profiles/vocabulary";
import type { DirectorySearch } from "./directory-search-schema";
import type { ListedOrganization } from "./listed-organization";
import { matchesTerms, normalizeSearchText, searchTermsOf } from "./normalize-search-text";

/**
 * A directory search turned into one predicate over listed organisations, built once per
 * request (terms normalised, codes turned into bits, the centre of the radius found) so that
 * the loop over 20,000 organisations does only string and bit checks.
 */
export type ListedFilter = (organization: ListedOrganization) => boolean;

export type FilterContext = {
  /** Where a radius is measured from when no comune is chosen: the reader's own comune (partners). */
  home: LatLon | null;
  /** Where the chosen comune is (the schema only lets known comuni through). */
  chosenComune: LatLon | null;
  /** The reader's exclusion features and side; null when unknown (no questionnaire, or staff). */
  reader: { kind: "COMPANY" | "NONPROFIT"; exclusion: ExclusionFeatures } | null;
};

export function buildListedFilter(search: DirectorySearch, context: FilterContext): ListedFilter {
  const terms = searchTermsOf(search.q ?? "");
  const causeBit = search.cause ? bitOf(CAUSE_CODES, search.cause) : 0;
  const offerBit = search.offers ? bitOf(RESOURCE_CODES, search.offers) : 0;
  const needBit = search.needs ? bitOf(RESOURCE_CODES, search.needs) : 0;
  const needsQuestionnaire = causeBit !== 0 || offerBit !== 0 || needBit !== 0;
  // With a radius: within it of the chosen comune, else of the reader's own. Without: that very comune.
  const center = search.radiusKm !== undefined ? (context.chosenComune ?? context.home) : null;
  const exactComune = search.radiusKm === undefined && search.comune ? normalizeSearchText(search.comune) : null;
  const { reader } = context;

  return (organization) => {
    if (terms.length > 0 && !matchesTerms(organization.searchText, terms)) return false;
    if (exactComune !== null && organization.normalizedComune !== exactComune) return false;
    if (center !== null && search.radiusKm !== undefined) {
      if (organization.lat === null || organization.lon === null) return false;
      if (distanceKm(center, { lat: organization.lat, lon: organization.lon }) > search.radiusKm) return false;
    }
    const questionnaire = organization.questionnaire;
    if (needsQuestionnaire) {
      if (!questionnaire) return false;
      if (causeBit !== 0 && (questionnaire.causeMask & causeBit) === 0) return false;
      if (offerBit !== 0 && (questionnaire.offerMask & offerBit) === 0) return false;
      if (needBit !== 0 && (questionnaire.needMask & needBit) === 0) return false;
    }
    // The hard exclusions of the match engine, exactly as suggestions apply them.
    if (reader && questionnaire && reader.kind !== organization.kind) {
      const [company, nonprofit] = reader.kind === "COMPANY" ? [reader.exclusion, questionnaire.exclusion] : [questionnaire.exclusion, reader.exclusion];
      if (findExclusion(company, nonprofit) !== null) return false;
    }
    return true;
  };
}
