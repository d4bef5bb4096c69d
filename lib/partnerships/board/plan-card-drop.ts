import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import type { MovePartnershipInput } from "../move-partnership-schema";
import { ALL_PHASES } from "../phases";
import { positionBetween } from "../position-between";

// The board's drop arithmetic, in one place and free of React: a drop (by mouse, touch,
// keyboard or the card's "Sposta" menu), an undo and a confirmation after a gate all come
// down to "put this card in that column between these neighbours". The server computes the
// stored position from the same neighbour ids; the optimistic position here only keeps the
// client's picture ordered until the server's answer arrives.

/**
 * The columns the browser holds only the top of (a long column read page by page): their
 * bottom on screen is not the column's end. Absent: every column is held whole.
 */
export type PartialColumns = ReadonlySet<PartnershipPhase>;
const NONE: PartialColumns = new Set();

/** What the arithmetic needs of a card; the board's cards carry more, which is kept as is. */
export type DropCard = { id: string; phase: PartnershipPhase; position: number; version: number; daysInPhase: number };

/** Each column's cards, in their order on screen. */
export type BoardColumns<C extends DropCard> = Record<PartnershipPhase, C[]>;

/** Where a card sits: its column and the ids of the cards just above and below it. */
export type Placement = { phase: PartnershipPhase; beforeId: string | null; afterId: string | null };

/** The move request as the endpoint parses it (movePartnershipSchema), reason aside. */
export type MoveRequest = MovePartnershipInput & { beforeId: string | null; afterId: string | null };

export type CardDrop<C extends DropCard> = {
  /** The board as it looks once the move is accepted (shown at once, undone on refusal). */
  board: BoardColumns<C>;
  request: MoveRequest;
  /** Where the card was, for an undo. */
  previous: Placement;
};

export function findCard<C extends DropCard>(board: BoardColumns<C>, id: string): C | undefined {
  for (const phase of ALL_PHASES) {
    const card = board[phase].find((entry) => entry.id === id);
    if (card) return card;
  }
  return undefined;
}

/** Where a card sits now, or null when it is not on the board. */
export function placementOf<C extends DropCard>(board: BoardColumns<C>, id: string): Placement | null {
  const card = findCard(board, id);
  if (!card) return null;
  const column = board[card.phase];
  const index = column.findIndex((entry) => entry.id === id);
  return { phase: card.phase, beforeId: column[index - 1]?.id ?? null, afterId: column[index + 1]?.id ?? null };
}

/**
 * The card `cardId` dropped into `toPhase` at `index`, counted in the target column without
 * the card itself (so within a column, dropping on a card below takes its place and pushes
 * it up, dropping on a card above pushes it down). The index is clamped to the column.
 * Null when the card is not on the board or would land where it already is.
 */
export function planCardDrop<C extends DropCard>(
  board: BoardColumns<C>,
  cardId: string,
  toPhase: PartnershipPhase,
  index: number,
  partial: PartialColumns = NONE,
): CardDrop<C> | null {
  const card = findCard(board, cardId);
  if (!card) return null;
  const target = board[toPhase].filter((entry) => entry.id !== cardId);
  const at = Math.max(0, Math.min(index, target.length));
  if (toPhase === card.phase && board[toPhase][at]?.id === cardId) return null;
  return place(board, card, toPhase, at, partial);
}

/**
 * The card put back between the neighbours of a placement (an undo, or a move confirmed
 * with a reason): before the card that was below it, else after the one that was above,
 * else at the end of the column when both have left it meanwhile.
 */
export function planPlacement<C extends DropCard>(
  board: BoardColumns<C>,
  cardId: string,
  placement: Placement,
  partial: PartialColumns = NONE,
): CardDrop<C> | null {
  const card = findCard(board, cardId);
  if (!card) return null;
  const target = board[placement.phase].filter((entry) => entry.id !== cardId);
  const afterIndex = placement.afterId ? target.findIndex((entry) => entry.id === placement.afterId) : -1;
  const beforeIndex = placement.beforeId ? target.findIndex((entry) => entry.id === placement.beforeId) : -1;
  const at = afterIndex >= 0 ? afterIndex : beforeIndex >= 0 ? beforeIndex + 1 : target.length;
  return place(board, card, placement.phase, at, partial);
}

/** The inverse of a drop: the card back where it was before it (see planPlacement). */
export function planUndo<C extends DropCard>(
  board: BoardColumns<C>,
  drop: Pick<CardDrop<C>, "request" | "previous">,
  partial: PartialColumns = NONE,
): CardDrop<C> | null {
  return planPlacement(board, drop.request.partnershipId, drop.previous, partial);
}

function place<C extends DropCard>(board: BoardColumns<C>, card: C, toPhase: PartnershipPhase, at: number, partial: PartialColumns): CardDrop<C> {
  const previous = placementOf(board, card.id) as Placement;
  const target = board[toPhase].filter((entry) => entry.id !== card.id);
  const beforeCard = target[at - 1];
  const afterCard = target[at];
  const moved: C = {
    ...card,
    phase: toPhase,
    position: optimisticPosition(beforeCard?.position ?? null, afterCard?.position ?? null, card.position),
    daysInPhase: toPhase === card.phase ? card.daysInPhase : 0,
  };
  target.splice(at, 0, moved);
  const next = { ...board, [card.phase]: board[card.phase].filter((entry) => entry.id !== card.id), [toPhase]: target };
  const request: MoveRequest = {
    partnershipId: card.id,
    fromPhase: card.phase,
    toPhase,
    expectedVersion: card.version,
    // The bottom of a column held whole is asked for as "at the end", not "after that card":
    // a move there (the card's menu always lands there) must not be refused because the last
    // card left the column meanwhile. The bottom of a column held only in part is what the
    // person sees, right after its last card on screen: "at the end" would send the card
    // past every card not read yet, out of sight (the server finds the card that follows).
    beforeId: afterCard || partial.has(toPhase) ? (beforeCard?.id ?? null) : null,
    afterId: afterCard?.id ?? null,
  };
  return { board: next, request, previous };
}

/** Between the neighbours when their positions allow it; otherwise the old one (the server renumbers). */
function optimisticPosition(before: number | null, after: number | null, current: number): number {
  if (before !== null && after !== null && !(before < after)) return current;
  return positionBetween(before, after);
}
