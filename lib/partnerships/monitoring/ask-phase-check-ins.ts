import type { Prisma } from "@/lib/generated/prisma/client";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { CLOSED_PHASES } from "../phases";

type Writer = Pick<Prisma.TransactionClient, "checkIn">;

export type AskedCheckIns = { created: string[]; superseded: string[] };

/** Unanswered, not dismissed, not superseded: what a side still sees as a question. */
export const OPEN_CHECK_IN = { answeredAt: null, dismissedAt: null, supersededAt: null } as const;

/**
 * Inside a board move's transaction: each side has at most one open check-in. The ones
 * still open are superseded (a question about a phase already left is no longer asked),
 * and, unless the partnership is now closed (the final evaluation covers it), one check-in
 * per side is asked about the phase just entered. Both lists are returned so an undo of
 * the move can take them back (lib/partnerships/board/undo-partnership-move.ts).
 */
export async function askPhaseCheckIns(
  tx: Writer,
  input: { partnershipId: string; phase: PartnershipPhase; moveId: string; now: Date },
): Promise<AskedCheckIns> {
  const open = await tx.checkIn.findMany({ where: { partnershipId: input.partnershipId, ...OPEN_CHECK_IN }, select: { id: true } });
  const superseded = open.map((row) => row.id);
  if (superseded.length > 0) await tx.checkIn.updateMany({ where: { id: { in: superseded }, ...OPEN_CHECK_IN }, data: { supersededAt: input.now } });
  if ((CLOSED_PHASES as readonly PartnershipPhase[]).includes(input.phase)) return { created: [], superseded };
  const created = await tx.checkIn.createManyAndReturn({
    data: (["COMPANY", "NONPROFIT"] as const).map((side) => ({
      partnershipId: input.partnershipId,
      phase: input.phase,
      side,
      requestedAt: input.now,
      moveId: input.moveId,
    })),
    select: { id: true },
  });
  return { created: created.map((row) => row.id), superseded };
}
