import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { notificationEmail } from "@/lib/notifications/render-notification";
import { isStaffRole, type StaffActor } from "@/lib/auth/actors";
import { assertPairIsFree } from "./assert-pair-is-free";
import { exclusionBetween, PAIR_SELECT } from "./exclusion-between";
import { proposeIntroductionSchema, type ProposeIntroductionInput } from "./interest-schemas";
import { expiryFrom } from "./interest-rules";

/**
 * CSV staff introduce an ACTIVE company and an ACTIVE nonprofit to each other. Unlike a
 * partner's interest, neither side has said yes yet: both must accept. Stored as an
 * interest from the company to the nonprofit, marked with the staff member who proposed it.
 * A pair that a hard exclusion forbids (the nonprofit refuses the company's sector, or the
 * company excludes every cause of the nonprofit) is refused with the exclusion named, with
 * no override: the exclusion is the organisation's own word, and an organisation that has
 * changed its mind says so in its questionnaire, as it would for partners' interests.
 */
export async function proposeIntroduction(
  db: Database,
  actor: StaffActor,
  rawInput: ProposeIntroductionInput,
  now: Date = new Date(),
): Promise<{ id: string }> {
  if (!isStaffRole(actor.role)) throw new ForbiddenError("Only CSV staff propose introductions.");
  const parsed = proposeIntroductionSchema.safeParse(rawInput);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ValidationError(issue?.message ?? "invalid", String(issue?.path[0] ?? "message"));
  }
  const input = parsed.data;
  const [company, nonprofit] = await Promise.all([
    db.organization.findFirst({ where: { id: input.companyId, kind: "COMPANY", status: "ACTIVE" }, select: PAIR_SELECT }),
    db.organization.findFirst({ where: { id: input.nonprofitId, kind: "NONPROFIT", status: "ACTIVE" }, select: PAIR_SELECT }),
  ]);
  if (!company) throw new ValidationError("companyRequired", "companyId");
  if (!nonprofit) throw new ValidationError("nonprofitRequired", "nonprofitId");
  const exclusion = exclusionBetween(company, nonprofit);
  if (exclusion) throw new ValidationError(exclusion, "nonprofitId");

  const interest = await db.$transaction(async (tx) => {
    await assertPairIsFree(tx, company.id, nonprofit.id);
    const created = await tx.interest.create({
      data: {
        fromOrganizationId: company.id,
        toOrganizationId: nonprofit.id,
        message: input.message,
        createdById: actor.id,
        introducedById: actor.id,
        expiresAt: expiryFrom(now),
        createdAt: now,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "introduction.proposed",
      targetType: "Interest",
      targetId: created.id,
      after: { companyId: company.id, nonprofitId: nonprofit.id },
    });
    return created;
  });

  const link = "/workspace/interests";
  for (const [recipient, other] of [
    [company, nonprofit],
    [nonprofit, company],
  ] as const) {
    const params = { organizationName: other.name };
    await notify(db, {
      organizationIds: [recipient.id],
      kind: "introduction.proposed",
      params,
      link,
      email: notificationEmail("introduction.proposed", params, link),
    });
  }
  return interest;
}
