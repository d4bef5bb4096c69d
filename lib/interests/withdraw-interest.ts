import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import type { PartnerActor } from "@/lib/auth/actors";

/** The proposer takes back an interest still waiting for an answer. */
export async function withdrawInterest(
  db: Database,
  actor: PartnerActor,
  input: { interestId: string },
  now: Date = new Date(),
): Promise<void> {
  const interest = await db.interest.findFirst({
    where: { id: input.interestId, fromOrganizationId: actor.organization.id, introducedById: null },
    select: { id: true, toOrganizationId: true, from: { select: { name: true } } },
  });
  if (!interest) throw new NotFoundError("Interest not found.");
  const withdrawn = await db.$transaction(async (tx) => {
    const { count } = await tx.interest.updateMany({
      where: { id: interest.id, status: "PENDING" },
      data: { status: "WITHDRAWN", respondedAt: now },
    });
    if (count === 0) return false;
    await recordAudit(tx, { actorId: actor.user.id, action: "interest.withdrawn", targetType: "Interest", targetId: interest.id });
    return true;
  });
  if (!withdrawn) throw new ValidationError("notPending");
  await notify(db, {
    organizationIds: [interest.toOrganizationId],
    kind: "interest.withdrawn",
    params: { organizationName: interest.from.name },
    link: "/workspace/interests",
  });
}
