import { isStaffRole } from "@/lib/auth/actors";
import type { Database } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import type { PartnershipPhase, Role } from "@/lib/generated/prisma/enums";
import { ALL_PHASES } from "./phases";

export type BoardPartnership = {
  id: string;
  title: string;
  phase: PartnershipPhase;
  position: number;
  /** Optimistic concurrency: a move names the version it saw. */
  version: number;
  phaseEnteredAt: Date;
  /** Whole days since the partnership entered its current phase. */
  daysInPhase: number;
  company: { name: string };
  nonprofit: { name: string };
  staffOwner: { name: string } | null;
};

export type BoardColumn = { phase: PartnershipPhase; partnerships: BoardPartnership[] };

/** Every partnership, column by column in board order. Staff only. */
export async function listBoardPartnerships(
  db: Database,
  actor: { role: Role },
  now: Date = new Date(),
): Promise<BoardColumn[]> {
  if (!isStaffRole(actor.role)) throw new ForbiddenError("Only CSV staff see every partnership.");
  const rows = await db.partnership.findMany({
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      title: true,
      phase: true,
      position: true,
      version: true,
      phaseEnteredAt: true,
      company: { select: { name: true } },
      nonprofit: { select: { name: true } },
      staffOwner: { select: { name: true } },
    },
  });
  const cards = rows.map((row) => ({
    ...row,
    daysInPhase: Math.max(0, Math.floor((now.getTime() - row.phaseEnteredAt.getTime()) / 86_400_000)),
  }));
  return ALL_PHASES.map((phase) => ({ phase, partnerships: cards.filter((card) => card.phase === phase) }));
}
