import type { Database } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { isPlausibleId } from "@/lib/validation/plausible-id";
import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import type { PartnerActor } from "@/lib/auth/actors";
import type { Locale } from "@/lib/i18n/locales";
import type { Horizon } from "@/lib/match";
import { CAUSE_LABELS, RESOURCE_LABELS } from "@/lib/match/labels";
import { exclusionBetween, PAIR_SELECT } from "@/lib/interests/exclusion-between";
import { OPEN_PARTNERSHIP_PHASES } from "@/lib/interests/interest-rules";
import { prepareProfile, rankCandidates } from "@/lib/match";
import { submittedMatchProfile } from "@/lib/profiles/submitted-match-profile";
import { showScore, type ShownReason } from "./show-score";
import { findOwnOrganization } from "@/lib/organizations/find-own-organization";

export type PublicProfile = {
  id: string;
  name: string;
  kind: OrganizationKind;
  comune: string;
  /** Null while the organisation's questionnaire is not complete. */
  details: {
    description: string;
    causes: string[];
    offers: string[];
    needs: string[];
    horizons: Horizon[];
  } | null;
  /** How well the two fit, with the parts of the score; null when either questionnaire is missing. */
  fit: { score: number; reasons: ShownReason[]; scoreSum: string } | null;
};

/**
 * What one organisation shows another: name, kind, comune and the public part of its
 * questionnaire, with labels in the reader's language. Never the tax code, contacts,
 * staff notes or members (those are shared only after a double yes, by listInterests).
 * Only an ACTIVE organisation sees profiles, and only of ACTIVE organisations of the other
 * kind that no hard exclusion separates from it; anything else is "not found", so ids reveal
 * nothing.
 */
export async function getPublicProfile(
  db: Database,
  actor: PartnerActor,
  input: { organizationId: string; locale: Locale },
): Promise<PublicProfile> {
  if (!isPlausibleId(input.organizationId)) throw new NotFoundError("Organisation not found.");
  const own = await findOwnOrganization(db, actor);
  if (own.status !== "ACTIVE") throw new NotFoundError("Organisation not found.");
  const otherKind: OrganizationKind = own.kind === "COMPANY" ? "NONPROFIT" : "COMPANY";
  const organization = await db.organization.findFirst({
    where: { id: input.organizationId, kind: otherKind, status: "ACTIVE" },
    select: PAIR_SELECT,
  });
  if (!organization) throw new NotFoundError("Organisation not found.");
  // A pair a hard exclusion forbids is never suggested, listed or proposed: its profile is
  // hidden like any other id the reader may not see.
  const [company, nonprofit] = own.kind === "COMPANY" ? [own, organization] : [organization, own];
  if (exclusionBetween(company, nonprofit) !== null) throw new NotFoundError("Organisation not found.");
  const profile = submittedMatchProfile(organization);
  const { locale } = input;
  const fit = profile ? await rateFit(db, own, profile, locale) : null;
  return {
    id: organization.id,
    name: organization.name,
    kind: organization.kind,
    comune: organization.comune,
    details: profile
      ? {
          description: profile.description,
          causes: profile.causes.map((code) => CAUSE_LABELS[code][locale]),
          offers: profile.offers.map((code) => RESOURCE_LABELS[code][locale]),
          needs: profile.needs.map((code) => RESOURCE_LABELS[code][locale]),
          horizons: profile.horizons,
        }
      : null,
    fit,
  };
}

/**
 * The score the suggestions page gives this pair, with its parts: the same engine, and the
 * same exposure (the organisation's pending interests and open partnerships), so both pages
 * show the same number. Null when the reader's questionnaire is missing.
 */
async function rateFit(
  db: Database,
  own: Parameters<typeof submittedMatchProfile>[0],
  other: NonNullable<ReturnType<typeof submittedMatchProfile>>,
  locale: Locale,
): Promise<PublicProfile["fit"]> {
  const mine = submittedMatchProfile(own);
  if (!mine) return null;
  const [pending, open] = await Promise.all([
    db.interest.count({ where: { status: "PENDING", OR: [{ fromOrganizationId: other.id }, { toOrganizationId: other.id }] } }),
    db.partnership.count({
      where: { phase: { in: [...OPEN_PARTNERSHIP_PHASES] }, OR: [{ companyId: other.id }, { nonprofitId: other.id }] },
    }),
  ]);
  const [match] = rankCandidates(prepareProfile(mine), [prepareProfile(other)], {
    top: 1,
    exposure: new Map([[other.id, pending + open]]),
  });
  return match ? showScore(match.reasons, locale) : null;
}
