import type { Database } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { betweenPair, OPEN_PARTNERSHIP_PHASES } from "./interest-rules";

type Reader = Pick<Database, "interest" | "partnership" | "$executeRaw">;

/**
 * A new interest or introduction needs a pair with nothing open between them: no interest
 * waiting for an answer (in either direction) and no partnership in progress.
 *
 * Call it inside the transaction that creates the interest. It first takes a transaction
 * advisory lock on the pair, so two proposals between the same two organisations (say, each
 * side clicking "Mi interessa" at the same moment, on two app servers) run one after the
 * other and the second sees the first.
 */
export async function assertPairIsFree(tx: Reader, a: string, b: string): Promise<void> {
  const pairKey = a < b ? `interest-pair:${a}:${b}` : `interest-pair:${b}:${a}`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${pairKey}))`;
  const pending = await tx.interest.findFirst({
    where: { status: "PENDING", OR: betweenPair(a, b) },
    select: { id: true },
  });
  if (pending) throw new ValidationError("alreadyPending");
  const partnership = await tx.partnership.findFirst({
    where: {
      phase: { in: [...OPEN_PARTNERSHIP_PHASES] },
      OR: [
        { companyId: a, nonprofitId: b },
        { companyId: b, nonprofitId: a },
      ],
    },
    select: { id: true },
  });
  if (partnership) throw new ValidationError("alreadyPartners");
}
