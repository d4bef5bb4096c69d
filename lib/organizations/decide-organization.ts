import type { AuditAction } from "@/lib/audit/audit-actions";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { OrganizationStatus } from "@/lib/generated/prisma/enums";
import { format } from "@/lib/i18n/define-section";
import { getMessages } from "@/lib/i18n/get-messages";
import { notify } from "@/lib/notifications/notify";
import { assertStaff, type StaffActor } from "./assert-staff";

export type Decision = "approve" | "request-changes" | "reject";

const OUTCOME: Record<Decision, { status: OrganizationStatus; action: AuditAction; kind: string }> = {
  approve: { status: "ACTIVE", action: "organization.approve", kind: "organization.approved" },
  "request-changes": { status: "CHANGES_REQUESTED", action: "organization.request-changes", kind: "organization.changes-requested" },
  reject: { status: "REJECTED", action: "organization.reject", kind: "organization.rejected" },
};

/** Only organisations waiting for a decision can get one. */
const DECIDABLE: readonly OrganizationStatus[] = ["PENDING", "CHANGES_REQUESTED"];

/**
 * One staff decision on an organisation: status, dates and note in one transaction with its
 * audit row, then the organisation's members are told in the app and by e-mail.
 */
export async function decideOrganization(
  db: Database,
  actor: StaffActor,
  decision: Decision,
  input: { organizationId: string; message?: string },
): Promise<void> {
  assertStaff(actor);
  const note = input.message?.trim() ?? "";
  if (decision !== "approve" && note === "") throw new ValidationError("messageRequired", "message");
  const outcome = OUTCOME[decision];
  const now = new Date();

  const organization = await db.$transaction(async (tx) => {
    const before = await tx.organization.findUnique({
      where: { id: input.organizationId },
      select: { id: true, name: true, status: true, profile: { select: { submittedAt: true } } },
    });
    if (!before) throw new NotFoundError("Organisation not found.");
    if (!DECIDABLE.includes(before.status)) throw new ValidationError("notDecidable");
    if (decision === "approve" && !before.profile?.submittedAt) {
      throw new ValidationError("notDecidable");
    }
    await tx.organization.update({
      where: { id: before.id },
      data: {
        status: outcome.status,
        reviewedAt: now,
        reviewNote: note === "" ? null : note,
        ...(decision === "approve" ? { approvedAt: now } : {}),
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: outcome.action,
      targetType: "Organization",
      targetId: before.id,
      before: { status: before.status },
      after: { status: outcome.status, ...(note === "" ? {} : { reviewNote: note }) },
    });
    return before;
  });

  await notify(db, {
    organizationIds: [organization.id],
    kind: outcome.kind,
    params: { organizationName: organization.name, ...(note === "" ? {} : { note }) },
    link: "/workspace/profile",
    email: (locale) => {
      const texts = getMessages(locale).review.email[decision];
      const values = { name: organization.name, note };
      return { subject: format(texts.subject, values), text: format(note === "" ? texts.textWithoutNote : texts.text, values) };
    },
  });
}
