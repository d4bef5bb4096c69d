import { DAY_MS } from "@/lib/dates/rome-calendar";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { OPEN_PHASES } from "@/lib/partnerships/phases";

type OpenPhase = (typeof OPEN_PHASES)[number]["phase"];

/** What the calculation needs of one partnership. */
export type PhaseHistory = {
  id: string;
  /** The phase it is in now. */
  phase: PartnershipPhase;
  /** When it was opened: partnerships are born in PLANNING. */
  startedAt: Date;
  /** When it entered its current phase. */
  phaseEnteredAt: Date;
  /** Its board moves ("partnership.move" audit rows), in any order. */
  moves: { from: PartnershipPhase; to: PartnershipPhase; at: Date }[];
};

export type PhaseAverage = {
  phase: OpenPhase;
  /** Mean days per partnership that spent time in the phase, one decimal; null when none did. */
  averageDays: number | null;
  /** How many partnerships the mean is taken over. */
  partnerships: number;
};

/**
 * The average number of days partnerships spend in each of the six open phases.
 *
 * Method. Each partnership's life is cut into stints, one per stay in a phase, from the
 * board moves in the audit log (moves inside a column, where `from` equals `to`, are
 * ignored):
 *  - a stint starts when a move brings the partnership into a phase, and ends at the next
 *    move out of it;
 *  - the first stint, before the first move, starts at `startedAt` — but only when it is
 *    PLANNING, the phase every partnership is opened in. A first stint in another phase
 *    (data loaded without its history) has no known start and is left out rather than
 *    guessed;
 *  - the current stint of a partnership still in an open phase runs from `phaseEnteredAt`
 *    up to `now`, so partnerships stuck in a phase weigh in before they leave it;
 *  - COMPLETED and DISCONTINUED are ends, not phases to spend time in: not measured.
 * A partnership's stints in the same phase (it went back and forth) are added up, and the
 * average is taken over partnerships, so the figure reads "a partnership spends on average
 * N days in this phase".
 */
export function averageDaysInPhase(histories: readonly PhaseHistory[], now: Date): PhaseAverage[] {
  const totals = new Map<OpenPhase, { ms: number; partnerships: number }>();
  const isOpen = (phase: PartnershipPhase): phase is OpenPhase => OPEN_PHASES.some((entry) => entry.phase === phase);

  for (const history of histories) {
    const perPhase = new Map<OpenPhase, number>();
    const add = (phase: PartnershipPhase, from: Date, to: Date) => {
      if (!isOpen(phase)) return;
      perPhase.set(phase, (perPhase.get(phase) ?? 0) + Math.max(0, to.getTime() - from.getTime()));
    };
    const moves = history.moves.filter((move) => move.from !== move.to).toSorted((a, b) => a.at.getTime() - b.at.getTime());
    const first = moves[0];
    if (first && first.from === "PLANNING") add("PLANNING", history.startedAt, first.at);
    for (const [index, move] of moves.entries()) {
      const next = moves[index + 1];
      // The last move's stint is the current one, measured from phaseEnteredAt below.
      if (next) add(move.to, move.at, next.at);
    }
    add(history.phase, history.phaseEnteredAt, now);
    for (const [phase, ms] of perPhase) {
      const total = totals.get(phase) ?? { ms: 0, partnerships: 0 };
      totals.set(phase, { ms: total.ms + ms, partnerships: total.partnerships + 1 });
    }
  }

  return OPEN_PHASES.map(({ phase }) => {
    const total = totals.get(phase);
    if (!total || total.partnerships === 0) return { phase, averageDays: null, partnerships: 0 };
    return { phase, averageDays: Math.round((total.ms / total.partnerships / DAY_MS) * 10) / 10, partnerships: total.partnerships };
  });
}
