import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { notificationEmail } from "@/lib/notifications/render-notification";
import type { PartnerActor } from "@/lib/auth/actors";
import { exclusionBetween, PAIR_SELECT } from "./exclusion-between";
import { respondToInterestSchema, type RespondToInterestInput } from "./interest-schemas";
import { openPartnership } from "./open-partnership";

export type RespondOutcome = { status: "ACCEPTED" | "DECLINED" | "PENDING"; partnershipId: string | null };

/**
 * The actor's organisation answers an interest: the recipient of a partner's interest, or
 * either side of a staff introduction that has not answered yet. A yes from the last side
 * opens the partnership (see openPartnership); a no closes the interest for both.
 *
 * Every change is a conditional update, so two members answering at once cannot both
 * succeed: the second finds the answer already given.
 */
export async function respondToInterest(
  db: Database,
  actor: PartnerActor,
  rawInput: RespondToInterestInput,
  now: Date = new Date(),
): Promise<RespondOutcome> {
  const parsed = respondToInterestSchema.safeParse(rawInput);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ValidationError(issue?.message ?? "invalid", String(issue?.path[0] ?? "message"));
  }
  const input = parsed.data;
  const orgId = actor.organization.id;
  // Scoped to the actor's membership: another organisation's interest is "not found".
  const interest = await db.interest.findFirst({
    where: {
      id: input.interestId,
      OR: [{ fromOrganizationId: orgId }, { toOrganizationId: orgId }],
    },
    select: {
      id: true,
      status: true,
      introducedById: true,
      fromOrganizationId: true,
      toOrganizationId: true,
      fromAcceptedAt: true,
      toAcceptedAt: true,
      // With their questionnaires: an accept checks the pair's exclusions (below).
      from: { select: PAIR_SELECT },
      to: { select: PAIR_SELECT },
    },
  });
  if (!interest) throw new NotFoundError("Interest not found.");
  if (interest.status !== "PENDING") throw new ValidationError("notPending");
  const side = interest.toOrganizationId === orgId ? "to" : "from";
  // A partner's own proposal is answered by the other side only.
  if (side === "from" && interest.introducedById === null) throw new ValidationError("notYours");
  const acceptedField = side === "to" ? "toAcceptedAt" : "fromAcceptedAt";
  if (interest[acceptedField] !== null) throw new ValidationError("alreadyAnswered");

  const me = side === "to" ? interest.to : interest.from;
  const other = side === "to" ? interest.from : interest.to;
  const otherId = side === "to" ? interest.fromOrganizationId : interest.toOrganizationId;
  const company = interest.from.kind === "COMPANY" ? interest.from : interest.to;
  const nonprofit = interest.from.kind === "COMPANY" ? interest.to : interest.from;
  const responseMessage = input.message ? input.message : undefined;

  if (input.decision === "decline") {
    const declined = await db.$transaction(async (tx) => {
      const { count } = await tx.interest.updateMany({
        where: { id: interest.id, status: "PENDING", [acceptedField]: null },
        data: { status: "DECLINED", respondedAt: now, ...(responseMessage ? { responseMessage } : {}) },
      });
      if (count === 0) return false;
      await recordAudit(tx, { actorId: actor.user.id, action: "interest.declined", targetType: "Interest", targetId: interest.id });
      return true;
    });
    if (!declined) throw new ValidationError("alreadyAnswered");
    const params = { organizationName: me.name };
    await notify(db, {
      organizationIds: [otherId],
      kind: "interest.declined",
      params,
      link: "/workspace/interests",
      email: notificationEmail("interest.declined", params, "/workspace/interests"),
    });
    if (interest.introducedById) {
      await notify(db, {
        userIds: [interest.introducedById],
        kind: "introduction.declined",
        params: { organizationName: me.name, companyName: company.name, nonprofitName: nonprofit.name },
        link: "/staff/introductions",
      });
    }
    return { status: "DECLINED", partnershipId: null };
  }

  // The pair's hard exclusions as the questionnaires say them now: a proposal sent before one
  // was added cannot open a partnership that a questionnaire now refuses (a no still can be
  // given). The same rule as for new interests and for staff introductions, with no override.
  const exclusion = exclusionBetween(company, nonprofit);
  if (exclusion) throw new ValidationError(exclusion === "excludedSector" ? "pairExcludedSector" : "pairExcludedCauses");

  const result = await db.$transaction(async (tx) => {
    const { count } = await tx.interest.updateMany({
      where: { id: interest.id, status: "PENDING", [acceptedField]: null },
      data: { [acceptedField]: now, ...(responseMessage ? { responseMessage } : {}) },
    });
    if (count === 0) return null;
    await recordAudit(tx, { actorId: actor.user.id, action: "interest.accepted", targetType: "Interest", targetId: interest.id });
    // Decided by the row as the database has it now, not by what was read before: of two
    // sides accepting at once, exactly one sees both yeses here and opens the partnership.
    const opened = await openPartnership(tx, { interestId: interest.id, actorId: actor.user.id, now });
    return { partnership: opened };
  });
  if (!result) throw new ValidationError("alreadyAnswered");

  if (!result.partnership) return { status: "PENDING", partnershipId: null };
  const { partnership } = result;
  await notify(db, {
    organizationIds: [otherId],
    kind: "interest.accepted",
    params: { organizationName: me.name },
    link: "/workspace/interests",
    email: notificationEmail("interest.accepted", { organizationName: me.name }, "/workspace/interests"),
  });
  await notify(db, {
    organizationIds: [orgId],
    kind: "interest.accepted",
    params: { organizationName: other.name },
    link: "/workspace/interests",
  });
  const params = { title: partnership.title, companyName: company.name, nonprofitName: nonprofit.name };
  await notify(db, {
    staff: true,
    kind: "partnership.opened",
    params,
    link: "/staff",
    email: notificationEmail("partnership.opened", params, "/staff"),
  });
  return { status: "ACCEPTED", partnershipId: partnership.id };
}
