/** The gap between consecutive cards when a column is laid out afresh. */
export const POSITION_STEP = 1000;

/**
 * The position of a card dropped between two neighbours: halfway between them, so only
 * the moved card changes. At either end of the column it steps away from the last card.
 * Doubles keep ~50 halvings of precision between two cards; `needsRebalance` tells when a
 * column should be renumbered.
 */
export function positionBetween(before: number | null, after: number | null): number {
  if (before === null && after === null) return POSITION_STEP;
  if (before === null) return (after as number) - POSITION_STEP;
  if (after === null) return before + POSITION_STEP;
  if (!(before < after)) throw new RangeError(`Neighbours out of order: ${before} is not before ${after}`);
  return before + (after - before) / 2;
}

/** True when two neighbours are so close that the next halving would lose precision. */
export function needsRebalance(before: number, after: number): boolean {
  const middle = before + (after - before) / 2;
  return middle <= before || middle >= after || after - before < 1e-6;
}
