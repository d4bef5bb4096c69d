import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { OrganizationStatus } from "@/lib/generated/prisma/enums";
import { notify } from "@/lib/notifications/notify";
import type { PartnerActor } from "@/lib/auth/actors";
import { findOwnOrganization } from "@/lib/organizations/find-own-organization";
import type { DataStep } from "./steps";
import { validateWholeProfile } from "./validate-whole-profile";

export type SubmitResult = { ok: true; status: OrganizationStatus } | { ok: false; incompleteSteps: DataStep[] };

/**
 * Sends the caller's complete questionnaire for review: PENDING or CHANGES_REQUESTED become
 * PENDING and staff are told. An ACTIVE organisation stays ACTIVE (see
 * save-questionnaire-step.ts); its submission only confirms the edited profile.
 */
export async function submitQuestionnaire(db: Database, actor: PartnerActor): Promise<SubmitResult> {
  const organization = await findOwnOrganization(db, actor);
  if (organization.status === "REJECTED" || organization.status === "SUSPENDED") {
    throw new ForbiddenError("notEditable");
  }
  if (!organization.profile) throw new NotFoundError("Nothing to submit yet.");
  const checked = validateWholeProfile(organization.kind, organization.profile.data);
  if (!checked.ok) return checked;

  const status: OrganizationStatus = organization.status === "ACTIVE" ? "ACTIVE" : "PENDING";
  const submittedAt = new Date();
  await db.$transaction(async (tx) => {
    await tx.organizationProfile.update({ where: { organizationId: organization.id }, data: { submittedAt } });
    await tx.organization.update({ where: { id: organization.id }, data: { status } });
    await recordAudit(tx, {
      actorId: actor.user.id,
      action: "organization.submit",
      targetType: "Organization",
      targetId: organization.id,
      before: { status: organization.status },
      after: { status, submittedAt: submittedAt.toISOString() },
    });
  });

  if (status === "PENDING") {
    await notify(db, {
      staff: true,
      kind: "organization.submitted",
      params: { organizationName: organization.name },
      link: `/staff/organizations/${organization.id}`,
    });
  }
  return { ok: true, status };
}
