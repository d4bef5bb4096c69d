import { z } from "zod";
import { isStaffRole } from "@/lib/auth/actors";
import type { Database } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { PartnershipPhase, type Role } from "@/lib/generated/prisma/enums";
import { selectBoardCards, type BoardPartnership } from "./board-card-query";
import { decodeBoardCursor, encodeBoardCursor } from "./board-cursor";
import { MAX_PAGE_SIZE, NEXT_PAGE_SIZE } from "./board-page-size";
import type { BoardFilters } from "./board-filters";


/** A page of a column as the URL asks for it; bad values are refused with a 400 by the caller. */
export const boardColumnPageSchema = z.object({
  phase: z.enum(PartnershipPhase),
  after: z
    .string()
    .max(200)
    .nullish()
    .transform((value, context) => {
      if (!value) return null;
      const cursor = decodeBoardCursor(value);
      if (!cursor) context.addIssue({ code: "custom", message: "validation.invalid" });
      return cursor;
    }),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(NEXT_PAGE_SIZE),
});

export type BoardColumnPageInput = z.input<typeof boardColumnPageSchema>;

export type BoardColumnPage = { cards: BoardPartnership[]; nextCursor: string | null };

/**
 * The next cards of one column after a cursor (or its first cards), filtered as the board
 * is. Staff only: it reads every partnership.
 */
export async function loadBoardColumn(
  db: Database,
  actor: { id: string; role: Role },
  filters: BoardFilters,
  rawInput: BoardColumnPageInput,
  now: Date = new Date(),
): Promise<BoardColumnPage> {
  if (!isStaffRole(actor.role)) throw new ForbiddenError("Only CSV staff see the board.");
  const input = boardColumnPageSchema.parse(rawInput);
  // One card more than asked tells whether another page follows.
  const cards = await selectBoardCards(db, {
    filters,
    scope: { viewerId: actor.id, now },
    phases: [input.phase],
    after: input.after,
    perColumn: input.limit + 1,
  });
  return pageOf(cards, input.limit);
}

/** The first `limit` cards, and a cursor after the last of them when more follow. */
export function pageOf(cards: BoardPartnership[], limit: number): BoardColumnPage {
  const kept = cards.slice(0, limit);
  const last = kept.at(-1);
  return { cards: kept, nextCursor: cards.length > limit && last ? encodeBoardCursor(last.cursor) : null };
}
