import type { Database } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { isPlausibleId } from "@/lib/validation/plausible-id";
import type { MembershipRole, OrganizationKind, OrganizationStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { describeProfile, type ProfileAnswer } from "@/lib/profiles/questionnaire/describe-profile";
import { validateWholeProfile } from "@/lib/profiles/questionnaire/validate-whole-profile";
import { readMatchProfile } from "@/lib/profiles/to-match-profile";
import { assertStaff, type StaffActor } from "./assert-staff";

export type OrganizationReviewDto = {
  id: string;
  name: string;
  kind: OrganizationKind;
  status: OrganizationStatus;
  comune: string;
  taxCode: string | null;
  externalId: string | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  website: string | null;
  reviewNote: string | null;
  reviewedAt: Date | null;
  approvedAt: Date | null;
  createdAt: Date;
  profile: {
    step: number;
    submittedAt: Date | null;
    updatedAt: Date;
    complete: boolean;
    /** A sent profile that no longer parses is left out of matching: the fields that keep it out (empty when readable or not sent). */
    unreadableFields: string[];
    answers: ProfileAnswer[];
  } | null;
  members: { id: string; name: string; email: string; role: MembershipRole }[];
  history: { id: string; action: string; createdAt: Date; actorName: string | null; note: string | null }[];
};

function noteOf(after: unknown): string | null {
  if (typeof after === "object" && after !== null && "reviewNote" in after && typeof after.reviewNote === "string") return after.reviewNote;
  return null;
}

function unreadableFieldsOf(organization: { id: string; kind: OrganizationKind; name: string; comune: string }, profile: { data: unknown; submittedAt: Date | null }): string[] {
  if (!profile.submittedAt) return [];
  const reading = readMatchProfile({ ...organization, profileData: profile.data });
  return reading.ok ? [] : reading.fields;
}

/** Everything staff need to decide about one organisation: contacts, answers, members, history. */
export async function getOrganizationForReview(
  db: Database,
  actor: StaffActor,
  input: { organizationId: string; locale: Locale },
): Promise<OrganizationReviewDto> {
  assertStaff(actor);
  if (!isPlausibleId(input.organizationId)) throw new NotFoundError("Organisation not found.");
  const organization = await db.organization.findUnique({
    where: { id: input.organizationId },
    select: {
      id: true,
      name: true,
      kind: true,
      status: true,
      comune: true,
      taxCode: true,
      externalId: true,
      contactName: true,
      contactEmail: true,
      contactPhone: true,
      website: true,
      reviewNote: true,
      reviewedAt: true,
      approvedAt: true,
      createdAt: true,
      profile: { select: { data: true, step: true, submittedAt: true, updatedAt: true } },
      memberships: {
        orderBy: { createdAt: "asc" },
        select: { role: true, user: { select: { id: true, name: true, email: true } } },
      },
    },
  });
  if (!organization) throw new NotFoundError("Organisation not found.");
  const audit = await db.auditLog.findMany({
    where: { targetType: "Organization", targetId: organization.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, action: true, createdAt: true, after: true, actor: { select: { name: true } } },
  });
  const { profile, memberships, ...fields } = organization;
  const data = typeof profile?.data === "object" && profile.data !== null && !Array.isArray(profile.data) ? (profile.data as Record<string, unknown>) : {};
  return {
    ...fields,
    profile: profile
      ? {
          step: profile.step,
          submittedAt: profile.submittedAt,
          updatedAt: profile.updatedAt,
          complete: validateWholeProfile(organization.kind, data).ok,
          unreadableFields: unreadableFieldsOf(organization, profile),
          answers: describeProfile(organization.kind, data, input.locale),
        }
      : null,
    members: memberships.map(({ role, user }) => ({ ...user, role })),
    history: audit.map((row) => ({ id: row.id, action: row.action, createdAt: row.createdAt, actorName: row.actor?.name ?? null, note: noteOf(row.after) })),
  };
}
