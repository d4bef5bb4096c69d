import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

type Reader = Pick<Database, "agreement"> | Pick<Prisma.TransactionClient, "agreement">;

/**
 * True when both parties accepted the CURRENT revision of the partnership's agreement and
 * neither acceptance was cancelled by a later edit. The board's gate into programme
 * management (phase 4) relies on it. Works inside a transaction (pass `tx`). It does not
 * check who asks: callers have resolved access already.
 */
export async function isAgreementSignedByBoth(db: Reader, partnershipId: string): Promise<boolean> {
  const agreement = await db.agreement.findUnique({
    where: { partnershipId },
    select: { revision: true, acceptances: { where: { cancelledAt: null }, select: { revision: true, side: true } } },
  });
  if (!agreement) return false;
  const current = agreement.acceptances.filter((acceptance) => acceptance.revision === agreement.revision);
  return current.some((acceptance) => acceptance.side === "COMPANY") && current.some((acceptance) => acceptance.side === "NONPROFIT");
}
