import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import { notify } from "@/lib/notifications/notify";
import { notificationEmail } from "@/lib/notifications/render-notification";
import { findOwnOrganization } from "@/lib/organizations/find-own-organization";
import { enforceWriteLimits, INTERESTS_PER_ORGANIZATION } from "@/lib/rate-limit/write-limits";
import type { PartnerActor } from "@/lib/auth/actors";
import { assertPairIsFree } from "./assert-pair-is-free";
import { exclusionBetween, PAIR_SELECT } from "./exclusion-between";
import { expressInterestSchema, type ExpressInterestInput } from "./interest-schemas";
import { expiryFrom } from "./interest-rules";

/**
 * "Mi interessa": the actor's organisation proposes a partnership to an ACTIVE organisation
 * of the other kind that no hard exclusion separates from it. The proposer's yes is given at once; the other side has 14 days to
 * answer, and every member of it is told in the app and by e-mail. At most
 * INTERESTS_PER_ORGANIZATION a day per proposing organisation.
 */
export async function expressInterest(
  db: Database,
  actor: PartnerActor,
  rawInput: ExpressInterestInput,
  now: Date = new Date(),
): Promise<{ id: string }> {
  const parsed = expressInterestSchema.safeParse(rawInput);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ValidationError(issue?.message ?? "invalid", String(issue?.path[0] ?? "message"));
  }
  const input = parsed.data;
  const own = await findOwnOrganization(db, actor);
  if (own.status !== "ACTIVE") throw new ValidationError("notActive");
  const otherKind: OrganizationKind = own.kind === "COMPANY" ? "NONPROFIT" : "COMPANY";
  const target = await db.organization.findFirst({
    where: { id: input.organizationId, kind: otherKind, status: "ACTIVE" },
    select: PAIR_SELECT,
  });
  if (!target) throw new NotFoundError("Organisation not found.");
  // The same hard exclusions as suggestions, the directory and public profiles: such a pair
  // is hidden from the proposer, so the refusal says "not found" like any hidden id.
  const [company, nonprofit] = own.kind === "COMPANY" ? [own, target] : [target, own];
  if (exclusionBetween(company, nonprofit) !== null) throw new NotFoundError("Organisation not found.");
  await enforceWriteLimits(db, [{ key: `interest:org:${own.id}`, window: INTERESTS_PER_ORGANIZATION }]);

  const interest = await db.$transaction(async (tx) => {
    await assertPairIsFree(tx, own.id, target.id);
    const created = await tx.interest.create({
      data: {
        fromOrganizationId: own.id,
        toOrganizationId: target.id,
        message: input.message,
        fromAcceptedAt: now,
        createdById: actor.user.id,
        expiresAt: expiryFrom(now),
        createdAt: now,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.user.id,
      action: "interest.expressed",
      targetType: "Interest",
      targetId: created.id,
      after: { fromOrganizationId: own.id, toOrganizationId: target.id },
    });
    return created;
  });

  const params = { organizationName: own.name };
  const link = "/workspace/interests";
  await notify(db, {
    organizationIds: [target.id],
    kind: "interest.received",
    params,
    link,
    email: notificationEmail("interest.received", params, link),
  });
  return interest;
}
