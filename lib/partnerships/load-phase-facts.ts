import type { Prisma } from "@/lib/generated/prisma/client";
import type { PhaseFacts } from "./phase-gates";

type Reader = Pick<Prisma.TransactionClient, "agreement" | "agreementAcceptance" | "indicator" | "finalEvaluation">;

/**
 * What the phase gates judge, read from the partnership's own rows (inside the move's
 * transaction, so the facts and the move agree):
 * - the agreement is signed by both when its current revision has a non-cancelled
 *   acceptance from each side (an edit bumps the revision, so older acceptances no
 *   longer count, cancelled or not);
 * - the indicators that have a target;
 * - which sides submitted their final evaluation.
 */
export async function loadPhaseFacts(tx: Reader, partnershipId: string): Promise<PhaseFacts> {
  // One query after the other: a transaction holds a single connection.
  const agreement = await tx.agreement.findUnique({ where: { partnershipId }, select: { id: true, revision: true } });
  const indicatorsWithTarget = await tx.indicator.count({ where: { partnershipId, target: { not: null } } });
  const evaluations = await tx.finalEvaluation.findMany({ where: { partnershipId }, select: { side: true } });
  let agreementSignedByBoth = false;
  if (agreement) {
    const acceptances = await tx.agreementAcceptance.findMany({
      where: { agreementId: agreement.id, revision: agreement.revision, cancelledAt: null },
      select: { side: true },
    });
    const sides = new Set(acceptances.map((acceptance) => acceptance.side));
    agreementSignedByBoth = sides.has("COMPANY") && sides.has("NONPROFIT");
  }
  const submitted = new Set(evaluations.map((evaluation) => evaluation.side));
  return {
    agreementSignedByBoth,
    indicatorsWithTarget,
    finalEvaluations: { company: submitted.has("COMPANY"), nonprofit: submitted.has("NONPROFIT") },
  };
}
