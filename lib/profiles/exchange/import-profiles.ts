import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findComune, formatComune } from "@/lib/geo";
import type { MatchProfile } from "@/lib/match";
import { assertStaff, type StaffActor } from "@/lib/organizations/assert-staff";
import { formatExchangeError, parseExchangeFile } from "../exchange-format";

export type ImportResult =
  | { ok: true; created: number; updated: number }
  | { ok: false; errors: { profileId: string | null; message: string }[] };

/** The stored questionnaire data of an exchange profile: the format minus the Organization columns. */
function toProfileData(profile: MatchProfile): Prisma.InputJsonObject {
  const data: Record<string, unknown> = { ...profile };
  for (const column of ["id", "kind", "name", "comune"]) delete data[column];
  return data as Prisma.InputJsonObject;
}

/**
 * Imports an exchange file, all or nothing: any error in any profile and nothing is saved,
 * the answer lists every problem by profile. Profiles are matched by their id against the
 * organisations' externalId (or, for a file this app exported, their own id): existing ones
 * are updated, new ones created ACTIVE (staff vouch for what they import), without tax code.
 */
export async function importProfiles(db: Database, actor: StaffActor, input: { text: string }): Promise<ImportResult> {
  assertStaff(actor);
  const parsed = parseExchangeFile(input.text);
  if (!parsed.ok) {
    return { ok: false, errors: parsed.errors.map((error) => ({ profileId: error.profileId, message: formatExchangeError(error) })) };
  }
  const profiles = parsed.document.profiles;
  const now = new Date();

  return db.$transaction(
    async (tx) => {
      const ids = profiles.map((profile) => profile.id);
      const existing = await tx.organization.findMany({
        where: { OR: [{ externalId: { in: ids } }, { id: { in: ids } }] },
        select: { id: true, externalId: true, kind: true, profile: { select: { data: true } } },
      });
      const byKey = new Map<string, (typeof existing)[number]>();
      for (const organization of existing) {
        byKey.set(organization.id, organization);
        if (organization.externalId) byKey.set(organization.externalId, organization);
      }
      const errors: { profileId: string; message: string }[] = [];
      for (const profile of profiles) {
        const match = byKey.get(profile.id);
        if (match && match.kind !== (profile.kind === "company" ? "COMPANY" : "NONPROFIT")) {
          errors.push({ profileId: profile.id, message: `profilo "${profile.id}": campo "kind": non corrisponde all'organizzazione esistente` });
        }
      }
      if (errors.length > 0) return { ok: false as const, errors };

      let created = 0;
      let updated = 0;
      for (const profile of profiles) {
        const found = findComune(profile.comune);
        const comune = found ? formatComune(found) : profile.comune;
        const data = toProfileData(profile);
        const match = byKey.get(profile.id);
        if (match) {
          // RUNTS numbers and a named area of action are not in the format: keep the ones already stored.
          const old = (match.profile?.data ?? {}) as Record<string, unknown>;
          const runts =
            profile.kind === "nonprofit" ? { runtsStatus: old.runtsStatus, runtsSection: old.runtsSection, runtsNumber: old.runtsNumber }
            : { areaKind: old.areaKind, areaProvinces: old.areaProvinces, areaComuni: old.areaComuni };
          const merged = JSON.parse(JSON.stringify({ ...data, ...runts })) as Prisma.InputJsonObject;
          await tx.organization.update({ where: { id: match.id }, data: { name: profile.name, comune } });
          await tx.organizationProfile.upsert({
            where: { organizationId: match.id },
            create: { organizationId: match.id, data: merged, step: 4, submittedAt: now },
            update: { data: merged, step: 4, submittedAt: now },
          });
          await recordAudit(tx, { actorId: actor.id, action: "organization.import-update", targetType: "Organization", targetId: match.id });
          updated += 1;
        } else {
          const organization = await tx.organization.create({
            data: {
              kind: profile.kind === "company" ? "COMPANY" : "NONPROFIT",
              name: profile.name,
              comune,
              externalId: profile.id,
              taxCode: null,
              status: "ACTIVE",
              approvedAt: now,
              reviewedAt: now,
              profile: { create: { data, step: 4, submittedAt: now } },
            },
            select: { id: true },
          });
          await recordAudit(tx, { actorId: actor.id, action: "organization.import-create", targetType: "Organization", targetId: organization.id });
          created += 1;
        }
      }
      return { ok: true as const, created, updated };
    },
    { timeout: 60_000 },
  );
}
