import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import { toMatchProfile } from "@/lib/profiles/to-match-profile";

/** A questionnaire counts once it was sent (submittedAt) and it parses as a full profile. */
export function matchProfileOf(organization: {
  id: string;
  kind: OrganizationKind;
  name: string;
  comune: string;
  profile: { data: unknown; submittedAt: Date | null } | null;
}) {
  if (!organization.profile?.submittedAt) return null;
  return toMatchProfile({ ...organization, profileData: organization.profile.data });
}
