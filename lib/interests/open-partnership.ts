import { recordAudit } from "@/lib/audit/record-audit";
import { ensurePhaseChecklist } from "@/lib/partnerships/checklist/ensure-phase-checklist";
import type { Prisma } from "@/lib/generated/prisma/client";
import { proposeTitleAndGoal } from "@/lib/partnerships/goal/propose-title-and-goal";
import { submittedMatchProfile } from "@/lib/profiles/submitted-match-profile";

const PARTY = { id: true, name: true, kind: true, comune: true, profile: { select: { data: true, submittedAt: true } } } as const;

/**
 * Inside the transaction of an acceptance: when both sides of the interest have said yes,
 * marks it ACCEPTED and opens the partnership in phase 1 (PLANNING), at the end of that
 * board column. Returns the partnership, or null while one side has still to answer.
 *
 * The status change is a conditional update (PENDING and both yeses set), so only one
 * transaction can win it, even with two acceptances at the same moment.
 */
export async function openPartnership(
  tx: Prisma.TransactionClient,
  input: { interestId: string; actorId: string; now: Date },
): Promise<{ id: string; title: string } | null> {
  const { count } = await tx.interest.updateMany({
    where: { id: input.interestId, status: "PENDING", fromAcceptedAt: { not: null }, toAcceptedAt: { not: null } },
    data: { status: "ACCEPTED", respondedAt: input.now },
  });
  if (count === 0) return null;
  const interest = await tx.interest.findUniqueOrThrow({
    where: { id: input.interestId },
    select: { from: { select: PARTY }, to: { select: PARTY } },
  });
  const company = interest.from.kind === "COMPANY" ? interest.from : interest.to;
  const nonprofit = interest.from.kind === "COMPANY" ? interest.to : interest.from;
  const last = await tx.partnership.findFirst({
    where: { phase: "PLANNING" },
    orderBy: { position: "desc" },
    select: { position: true },
  });
  // A starting point from the two questionnaires, not the interest's greeting: the partners
  // and staff rewrite it into a measurable goal during phase 1.
  const proposal = proposeTitleAndGoal(
    { name: company.name, profile: submittedMatchProfile(company) },
    { name: nonprofit.name, profile: submittedMatchProfile(nonprofit) },
  );
  const partnership = await tx.partnership.create({
    data: {
      title: proposal.title,
      commonGoal: proposal.commonGoal,
      companyId: company.id,
      nonprofitId: nonprofit.id,
      phase: "PLANNING",
      position: (last?.position ?? 0) + 1,
      phaseEnteredAt: input.now,
      startedAt: input.now,
    },
    select: { id: true, title: true },
  });
  await ensurePhaseChecklist(tx, partnership.id, "PLANNING");
  await tx.interest.update({ where: { id: input.interestId }, data: { partnershipId: partnership.id } });
  await recordAudit(tx, {
    actorId: input.actorId,
    action: "partnership.opened",
    targetType: "Partnership",
    targetId: partnership.id,
    after: { interestId: input.interestId, companyId: company.id, nonprofitId: nonprofit.id, phase: "PLANNING" },
  });
  return partnership;
}
