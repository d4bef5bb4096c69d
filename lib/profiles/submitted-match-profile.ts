import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import type { MatchProfile } from "@/lib/match";
import { readMatchProfile } from "./to-match-profile";

type SubmittedOrganization = {
  id: string;
  kind: OrganizationKind;
  name: string;
  comune: string;
  profile: { data: unknown; submittedAt: Date | null } | null;
};

/** Where an unreadable sent profile is reported: the server log, by default. */
export type UnreadableProfileReporter = (organization: { id: string; name: string }, fields: string[]) => void;

export const warnUnreadableProfile: UnreadableProfileReporter = (organization, fields) => {
  // A warning, not an error: the request goes on without this organisation.
  console.warn(`Unreadable stored profile: organisation ${organization.id} ("${organization.name}") left out of matching; fields: ${fields.join(", ")}`);
};

/**
 * The match profile of an organisation that sent its questionnaire, or null when it has not.
 * A sent profile that no longer parses (a code withdrawn from the vocabulary, data edited by
 * hand) is reported rather than silently left out; staff see it on the organisation's page
 * (getOrganizationForReview's `unreadableFields`).
 */
export function submittedMatchProfile(organization: SubmittedOrganization, report: UnreadableProfileReporter = warnUnreadableProfile): MatchProfile | null {
  if (!organization.profile?.submittedAt) return null;
  const reading = readMatchProfile({ ...organization, profileData: organization.profile.data });
  if (reading.ok) return reading.profile;
  report(organization, reading.fields);
  return null;
}
