import { isStaffRole, type PartnerActor, type StaffActor } from "@/lib/auth/actors";
import type { Database } from "@/lib/db/client";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { distanceKm, findComune, type LatLon } from "@/lib/geo";
import type { OrganizationKind, OrganizationStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { prepareProfile, rankCandidates } from "@/lib/match";
import { CAUSE_LABELS } from "@/lib/match/labels";
import { findOwnOrganization } from "@/lib/organizations/find-own-organization";
import { submittedMatchProfile } from "@/lib/profiles/submitted-match-profile";
import { getCandidateIndex, type CandidateIndex } from "@/lib/suggestions/candidate-index";
import { readExposure } from "@/lib/suggestions/read-exposure";
import { showScore } from "@/lib/suggestions/show-score";
import { DIRECTORY_PAGE_SIZE, directorySearchSchema, type DirectorySearchInput } from "./directory-search-schema";
import { buildListedFilter } from "./filter-listed";
import type { ListedOrganization } from "./listed-organization";

const SUMMARY_LENGTH = 180;

/** One organisation in a page of the directory: public fields only. */
export type DirectoryItem = {
  id: string;
  name: string;
  kind: OrganizationKind;
  comune: string;
  /** Kilometres from the reader's comune, rounded; null for staff or an unknown comune. */
  distanceKm: number | null;
  causes: string[];
  /** The start of the description. */
  summary: string;
  /** The suggestions page's score for this pair; null without both questionnaires (or for staff). */
  score: number | null;
};

export type DirectoryResult =
  | { state: "not-active"; status: OrganizationStatus }
  | {
      state: "ready";
      items: DirectoryItem[];
      total: number;
      page: number;
      pageCount: number;
      /** False when the reader has no sent questionnaire (or is staff): then by name only. */
      sortedByFit: boolean;
    };

type Reader =
  | { kind: "partner"; own: Awaited<ReturnType<typeof findOwnOrganization>> }
  | { kind: "staff" };

function summaryOf(description: string): string {
  const text = description.replace(/\s+/g, " ").trim();
  return text.length <= SUMMARY_LENGTH ? text : `${text.slice(0, SUMMARY_LENGTH).replace(/\s+\S*$/, "")}…`;
}

const byName = (a: ListedOrganization, b: ListedOrganization) =>
  a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * The directory: ACTIVE organisations found by text (case and accents ignored), cause, comune
 * or distance, and resources offered or needed, a page at a time.
 *
 * A partner of an ACTIVE organisation sees the other side only, without the pairs a hard
 * exclusion forbids (the same rule as suggestions and public profiles), sorted by the score
 * the suggestions page shows; organisations without a sent questionnaire (no score) come
 * after, by name, and so does everything when the reader has not sent its own. Staff see
 * both sides (or one, with `kind`), by name, exclusions irrelevant.
 *
 * Served from the server's CandidateIndex: a search reads the reader's organisation and, for
 * the score, the pending interests and open partnerships; never the organisations listed.
 */
export async function searchDirectory(
  db: Database,
  actor: ({ type: "partner" } & PartnerActor) | ({ type: "staff" } & StaffActor),
  rawInput: DirectorySearchInput,
  options: { locale: Locale; index?: CandidateIndex },
): Promise<DirectoryResult> {
  const parsed = directorySearchSchema.safeParse(rawInput);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ValidationError(issue?.message ?? "invalid", String(issue?.path[0] ?? "q"));
  }
  const search = parsed.data;
  let reader: Reader;
  if (actor.type === "staff") {
    if (!isStaffRole(actor.role)) throw new ForbiddenError("Only CSV staff see every organisation.");
    reader = { kind: "staff" };
  } else {
    const own = await findOwnOrganization(db, actor);
    if (own.status !== "ACTIVE") return { state: "not-active", status: own.status };
    reader = { kind: "partner", own };
  }

  const index = options.index ?? getCandidateIndex();
  const ownProfile = reader.kind === "partner" ? submittedMatchProfile(reader.own) : null;
  const subject = ownProfile ? prepareProfile(ownProfile) : null;
  const [, exposure] = await Promise.all([
    index.ensureFresh(db),
    reader.kind === "partner" && subject ? readExposure(db, reader.own.id).then((read) => read.exposure) : undefined,
  ]);

  const ownKind = reader.kind === "partner" ? reader.own.kind : null;
  const kind: OrganizationKind | null = ownKind ? (ownKind === "COMPANY" ? "NONPROFIT" : "COMPANY") : (search.kind ?? null);
  const homePlace = reader.kind === "partner" ? findComune(reader.own.comune) : undefined;
  const home: LatLon | null = homePlace ? { lat: homePlace.lat, lon: homePlace.lon } : null;
  const chosen = search.comune ? findComune(search.comune) : undefined;
  if (search.radiusKm !== undefined && !chosen && !home) throw new ValidationError("radiusNeedsComune", "comune");
  const matches = buildListedFilter(search, {
    home,
    chosenComune: chosen ? { lat: chosen.lat, lon: chosen.lon } : null,
    reader: ownKind && subject ? { kind: ownKind, exclusion: subject } : null,
  });

  const scored: string[] = [];
  const unscored: ListedOrganization[] = [];
  for (const organization of index.listed()) {
    if (kind !== null && organization.kind !== kind) continue;
    if (!matches(organization)) continue;
    if (subject && organization.questionnaire) scored.push(organization.id);
    else unscored.push(organization);
  }

  const total = scored.length + unscored.length;
  const pageCount = Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE));
  const from = (search.page - 1) * DIRECTORY_PAGE_SIZE;
  const to = Math.min(total, from + DIRECTORY_PAGE_SIZE);
  const items: DirectoryItem[] = [];
  const toItem = (organization: ListedOrganization, score: number | null): DirectoryItem => ({
    id: organization.id,
    name: organization.name,
    kind: organization.kind,
    comune: organization.comune,
    distanceKm: home && organization.lat !== null && organization.lon !== null ? Math.round(distanceKm(home, { lat: organization.lat, lon: organization.lon })) : null,
    causes: organization.questionnaire?.causes.map((code) => CAUSE_LABELS[code][options.locale]) ?? [],
    summary: summaryOf(organization.questionnaire?.description ?? ""),
    score,
  });

  if (subject && kind && from < scored.length) {
    // The engine ranks only what the search kept (everything else skipped), keeping just the
    // best `to`: a page deep in the list costs more, the first pages little.
    const kept = new Set(scored);
    const columns = index.candidatesOf(kind);
    const skip = new Set<string>();
    for (const id of columns.ids) if (!kept.has(id)) skip.add(id);
    const ranked = rankCandidates(subject, columns, { top: Math.min(to, scored.length), exposure, skip });
    for (const result of ranked.slice(from)) {
      const organization = index.cardOf(result.id);
      if (organization) items.push(toItem(organization, showScore(result.reasons, options.locale).score));
    }
  }
  const unscoredFrom = Math.max(0, from - scored.length);
  const unscoredTo = Math.max(0, to - scored.length);
  if (unscoredTo > unscoredFrom) {
    unscored.sort(byName);
    for (const organization of unscored.slice(unscoredFrom, unscoredTo)) items.push(toItem(organization, null));
  }
  return { state: "ready", items, total, page: search.page, pageCount, sortedByFit: subject !== null && reader.kind === "partner" };
}
