import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import type { MatchProfile } from "@/lib/match";
import { companyProfileDataSchema, nonprofitProfileDataSchema } from "./profile-data";

export type ProfiledOrganization = {
  id: string;
  kind: OrganizationKind;
  name: string;
  comune: string;
  /** OrganizationProfile.data as stored (JSON). */
  profileData: unknown;
};

/**
 * The match engine's view of an organisation, or null when its questionnaire is not
 * complete (an incomplete profile is never matched).
 */
export function toMatchProfile(organization: ProfiledOrganization): MatchProfile | null {
  const base = { id: organization.id, name: organization.name, comune: organization.comune };
  if (organization.kind === "COMPANY") {
    const parsed = companyProfileDataSchema.safeParse(organization.profileData);
    return parsed.success ? { ...parsed.data, ...base, kind: "company" } : null;
  }
  // The exchange schema is strict, so parsing with it drops nothing it does not know:
  // strip the RUNTS fields first, which only the questionnaire has.
  const parsed = nonprofitProfileDataSchema.safeParse(organization.profileData);
  if (!parsed.success) return null;
  const profile: Omit<typeof parsed.data, "runtsSection" | "runtsNumber"> & Partial<typeof parsed.data> = { ...parsed.data };
  delete profile.runtsSection;
  delete profile.runtsNumber;
  return { ...profile, ...base, kind: "nonprofit" };
}
