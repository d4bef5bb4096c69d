import type { Database } from "@/lib/db/client";
import type { MatchProfile } from "@/lib/match";
import { assertStaff, type StaffActor } from "@/lib/organizations/assert-staff";
import { submittedMatchProfile } from "../submitted-match-profile";

export type ExportedDocument = { version: 1; profiles: MatchProfile[] };

/**
 * Every organisation with a submitted, complete questionnaire as an exchange-format
 * document (FORMAT.md, v1). A profile's id is the one it was imported with, otherwise the
 * organisation's id, so exporting and importing again updates rather than duplicates.
 * RUNTS numbers and a company's named area of action stay behind: the format has no field
 * for them (its rangeKm, the radius, goes).
 */
export async function exportProfiles(db: Database, actor: StaffActor): Promise<ExportedDocument> {
  assertStaff(actor);
  const organizations = await db.organization.findMany({
    where: { profile: { submittedAt: { not: null } } },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: { id: true, externalId: true, kind: true, name: true, comune: true, profile: { select: { data: true, submittedAt: true } } },
  });
  const profiles = organizations.flatMap((organization): MatchProfile[] => {
    const profile = submittedMatchProfile({ ...organization, id: organization.externalId ?? organization.id });
    if (!profile) return [];
    const inFormat: MatchProfile = { ...profile };
    if (inFormat.kind === "company") delete inFormat.area;
    return [inFormat];
  });
  return { version: 1, profiles };
}
