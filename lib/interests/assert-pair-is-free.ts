import type { Database } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { betweenPair, OPEN_PARTNERSHIP_PHASES } from "./interest-rules";

type Reader = Pick<Database, "interest" | "partnership">;

/**
 * A new interest or introduction needs a pair with nothing open between them: no interest
 * waiting for an answer (in either direction) and no partnership in progress.
 */
export async function assertPairIsFree(tx: Reader, a: string, b: string): Promise<void> {
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
