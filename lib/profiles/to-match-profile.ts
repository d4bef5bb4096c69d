import type { z } from "zod";
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

/** A stored profile read for the engine, or the fields that keep it from being read. */
export type ProfileReading = { ok: true; profile: MatchProfile } | { ok: false; fields: string[] };

/** The top-level fields a failed parse names (a key the schema does not know included). */
function fieldsOf(error: z.ZodError): string[] {
  const fields = error.issues.flatMap((issue) => (issue.code === "unrecognized_keys" ? issue.keys : [String(issue.path[0] ?? "data")]));
  return [...new Set(fields)];
}

/** The match engine's view of an organisation's stored answers, or what is wrong with them. */
export function readMatchProfile(organization: ProfiledOrganization): ProfileReading {
  const base = { id: organization.id, name: organization.name, comune: organization.comune };
  if (organization.kind === "COMPANY") {
    const parsed = companyProfileDataSchema.safeParse(organization.profileData);
    if (!parsed.success) return { ok: false, fields: fieldsOf(parsed.error) };
    // The engine reads a named area as `area`; a radius is the format's rangeKm alone.
    const { areaKind, areaProvinces, areaComuni, ...company } = parsed.data;
    const area = areaKind === "provinces" && areaProvinces?.length ? { provinces: areaProvinces } : areaKind === "comuni" && areaComuni?.length ? { comuni: areaComuni } : undefined;
    return { ok: true, profile: { ...company, ...base, kind: "company", ...(area ? { area } : {}) } };
  }
  // The exchange schema is strict, so parsing with it drops nothing it does not know:
  // strip the RUNTS fields first, which only the questionnaire has.
  const parsed = nonprofitProfileDataSchema.safeParse(organization.profileData);
  if (!parsed.success) return { ok: false, fields: fieldsOf(parsed.error) };
  const profile: Omit<typeof parsed.data, "runtsStatus" | "runtsSection" | "runtsNumber"> & Partial<typeof parsed.data> = { ...parsed.data };
  delete profile.runtsStatus;
  delete profile.runtsSection;
  delete profile.runtsNumber;
  return { ok: true, profile: { ...profile, ...base, kind: "nonprofit" } };
}

/**
 * The match engine's view of an organisation, or null when its questionnaire is not
 * complete (an incomplete profile is never matched). Matching reads sent profiles through
 * submittedMatchProfile, which reports one that no longer parses.
 */
export function toMatchProfile(organization: ProfiledOrganization): MatchProfile | null {
  const reading = readMatchProfile(organization);
  return reading.ok ? reading.profile : null;
}
