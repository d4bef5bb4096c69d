import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { FIRST_PAGE_SIZE } from "@/lib/partnerships/board/board-page-size";
import { ALL_PHASES } from "@/lib/partnerships/phases";
import type { BoardCard, BoardColumns, BoardState } from "./types";

// Pure helpers between the columns as loaded (cards, true count, next page) and the plain
// card lists the drop arithmetic works on.

export const cardsOf = (columns: BoardColumns): BoardState =>
  Object.fromEntries(ALL_PHASES.map((phase) => [phase, columns[phase].cards])) as BoardState;

/** The columns the browser holds only the top of: their bottom on screen is not their end. */
export const partialOf = (columns: BoardColumns): Set<PartnershipPhase> =>
  new Set(ALL_PHASES.filter((phase) => columns[phase].nextCursor !== null || !columns[phase].loaded));

/**
 * New card lists (a move shown at once) into the columns: a card that left a column or
 * came into it changes its true count by as much.
 */
export function withCards(columns: BoardColumns, cards: BoardState): BoardColumns {
  const next = { ...columns };
  for (const phase of ALL_PHASES) {
    const column = columns[phase];
    if (cards[phase] === column.cards) continue;
    next[phase] = { ...column, cards: cards[phase], total: Math.max(0, column.total + cards[phase].length - column.cards.length) };
  }
  return next;
}

/** A page read after the column's last card: appended, a card already held kept once. */
export function appendPage(columns: BoardColumns, phase: PartnershipPhase, page: { cards: BoardCard[]; nextCursor: string | null }): BoardColumns {
  const column = columns[phase];
  const held = new Set(column.cards.map((card) => card.id));
  const cards = [...column.cards, ...page.cards.filter((card) => !held.has(card.id))];
  return { ...columns, [phase]: { ...column, cards, nextCursor: page.nextCursor, loaded: true } };
}

/** A column read again from its start (after a refresh), as far as the person had read it. */
export function replaceColumn(columns: BoardColumns, phase: PartnershipPhase, page: { cards: BoardCard[]; nextCursor: string | null }): BoardColumns {
  return { ...columns, [phase]: { ...columns[phase], cards: page.cards, nextCursor: page.nextCursor, loaded: true } };
}

/**
 * A fresh board from the server (after a move, or a conflict) brings each column's first
 * page only. A column the person had read further keeps its cards until it is read again
 * that far (the returned `reread`), so it does not shrink under their eyes; its count is
 * the server's.
 */
export function mergeFresh(local: BoardColumns, fresh: BoardColumns): { columns: BoardColumns; reread: { phase: PartnershipPhase; count: number }[] } {
  const columns = { ...fresh };
  const reread: { phase: PartnershipPhase; count: number }[] = [];
  for (const phase of ALL_PHASES) {
    const mine = local[phase];
    const theirs = fresh[phase];
    const readFurther = mine.loaded && (!theirs.loaded || (theirs.nextCursor !== null && mine.cards.length > theirs.cards.length));
    if (!readFurther) continue;
    columns[phase] = { ...mine, total: theirs.total };
    reread.push({ phase, count: Math.max(mine.cards.length, FIRST_PAGE_SIZE) });
  }
  return { columns, reread };
}
