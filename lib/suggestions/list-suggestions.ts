import type { Database } from "@/lib/db/client";
import { findComune, distanceKm } from "@/lib/geo";
import type { OrganizationKind, OrganizationStatus } from "@/lib/generated/prisma/enums";
import type { PartnerActor } from "@/lib/auth/actors";
import type { Locale } from "@/lib/i18n/locales";
import { prepareProfile, rankCandidates } from "@/lib/match";
import { CandidateIndex, getCandidateIndex } from "./candidate-index";
import { readExposure } from "./read-exposure";
import { showScore, type ShownReason } from "./show-score";
import { submittedMatchProfile } from "@/lib/profiles/submitted-match-profile";
import { findOwnOrganization } from "@/lib/organizations/find-own-organization";

export const SUGGESTIONS_SHOWN = 20;

export type Suggestion = {
  id: string;
  name: string;
  kind: OrganizationKind;
  comune: string;
  /** Kilometres as the crow flies, rounded; null when a comune is unknown. */
  distanceKm: number | null;
  /** 0..100, as the reasons below compute it (see lib/match/explain-score.ts). */
  score: number;
  /** Every part of the score in the reader's language: points added, best first, then penalties. */
  reasons: ShownReason[];
  /** The computation in symbols, e.g. "40 + 24 = 64; 64 − 30% = 45". */
  scoreSum: string;
};

export type SuggestionsResult =
  | { state: "not-active"; status: OrganizationStatus }
  | { state: "profile-incomplete" }
  | { state: "ready"; suggestions: Suggestion[] };

function roundedDistance(a: string, b: string): number | null {
  const from = findComune(a);
  const to = findComune(b);
  return from && to ? Math.round(distanceKm(from, to)) : null;
}

/**
 * The partners suggested to the actor's organisation, best first.
 *
 * Only an ACTIVE organisation with a complete questionnaire gets suggestions; otherwise the
 * result says why, so the page can say what to do next. Candidates are ACTIVE organisations
 * of the other kind with a complete questionnaire, minus: the ones the actor dismissed; the
 * ones it already has a pending, accepted or declined interest with (either direction:
 * expired and withdrawn ones come back, since nobody said no); the ones it has an open
 * partnership with. Each candidate's exposure (its pending interests plus open
 * partnerships) nudges the busy ones down, so proposals spread across organisations.
 * Candidates are read from the server's CandidateIndex (or the one given, in tests), so a
 * change reaches the page within one refresh interval.
 */
export async function listSuggestions(
  db: Database,
  actor: PartnerActor,
  options: { locale: Locale; index?: CandidateIndex },
): Promise<SuggestionsResult> {
  const own = await findOwnOrganization(db, actor);
  if (own.status !== "ACTIVE") return { state: "not-active", status: own.status };
  const subjectProfile = submittedMatchProfile(own);
  if (!subjectProfile) return { state: "profile-incomplete" };

  const otherKind: OrganizationKind = own.kind === "COMPANY" ? "NONPROFIT" : "COMPANY";
  const index = options.index ?? getCandidateIndex();
  const [, dismissed, { exposure, engaged }] = await Promise.all([
    index.ensureFresh(db),
    db.dismissedSuggestion.findMany({ where: { organizationId: own.id }, select: { dismissedOrganizationId: true } }),
    readExposure(db, own.id),
  ]);
  const excluded = new Set([...engaged, ...dismissed.map((row) => row.dismissedOrganizationId)]);

  // The candidates come prepared from this server's index, refreshed from PostgreSQL at most
  // once per interval: nothing is read or prepared per candidate on a request.
  const ranked = rankCandidates(prepareProfile(subjectProfile), index.candidatesOf(otherKind), {
    top: SUGGESTIONS_SHOWN,
    exposure,
    skip: excluded,
  });
  const suggestions = ranked.flatMap((result) => {
    const candidate = index.cardOf(result.id);
    if (!candidate) return [];
    return [
      {
        id: result.id,
        name: candidate.name,
        kind: candidate.kind,
        comune: candidate.comune,
        distanceKm: roundedDistance(own.comune, candidate.comune),
        ...showScore(result.reasons, options.locale),
      },
    ];
  });
  return { state: "ready", suggestions };
}
