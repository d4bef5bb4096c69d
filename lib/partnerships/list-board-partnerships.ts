import { isStaffRole } from "@/lib/auth/actors";
import type { Database } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import type { PartnershipPhase, Role } from "@/lib/generated/prisma/enums";
import { selectBoardCards, type BoardPartnership } from "./board/board-card-query";
import { NO_BOARD_FILTERS } from "./board/board-filters";
import { ALL_PHASES } from "./phases";

export { INACTIVE_AFTER_DAYS, type BoardParty, type BoardPartnership } from "./board/board-card-query";

export type BoardColumn = { phase: PartnershipPhase; partnerships: BoardPartnership[] };

/**
 * Every partnership, column by column in board order, with what its card shows. Staff
 * only. The board page reads only each column's first cards (board/load-board.ts); this
 * whole read is for the places that need every card.
 */
export async function listBoardPartnerships(db: Database, actor: { role: Role }, now: Date = new Date()): Promise<BoardColumn[]> {
  if (!isStaffRole(actor.role)) throw new ForbiddenError("Only CSV staff see every partnership.");
  const cards = await selectBoardCards(db, { filters: NO_BOARD_FILTERS, scope: { viewerId: "", now } });
  return ALL_PHASES.map((phase) => ({ phase, partnerships: cards.filter((card) => card.phase === phase) }));
}
