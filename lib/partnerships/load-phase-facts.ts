import type { Prisma } from "@/lib/generated/prisma/client";
import { isAgreementSignedByBoth } from "./agreement/is-agreement-signed-by-both";
import type { PhaseFacts } from "./phase-gates";

type Reader = Pick<Prisma.TransactionClient, "agreement" | "indicator" | "finalEvaluation">;

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
  const agreementSignedByBoth = await isAgreementSignedByBoth(tx, partnershipId);
  const indicatorsWithTarget = await tx.indicator.count({ where: { partnershipId, target: { not: null } } });
  const evaluations = await tx.finalEvaluation.findMany({ where: { partnershipId }, select: { side: true } });
  const submitted = new Set(evaluations.map((evaluation) => evaluation.side));
  return {
    agreementSignedByBoth,
    indicatorsWithTarget,
    finalEvaluations: { company: submitted.has("COMPANY"), nonprofit: submitted.has("NONPROFIT") },
  };
}
