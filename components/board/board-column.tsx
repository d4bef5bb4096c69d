"use client";

import { useDroppable } from "@dnd-kit/core";
import { SortableContext, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { buttonStyles } from "@/components/ui/button-styles";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { NEXT_PAGE_SIZE } from "@/lib/partnerships/board/board-page-size";
import { SortableBoardCard } from "./board-card";
import { ColumnHeader } from "./column-header";
import type { BoardCard, BoardColumnState, BoardExtras } from "./types";

export const columnId = (phase: PartnershipPhase) => `column:${phase}`;

type Props = {
  phase: PartnershipPhase;
  column: BoardColumnState;
  loading: boolean;
  failed: boolean;
  onShowMore: () => void;
  t: Messages["board"];
  phases: Messages["phases"];
  closed: boolean;
  onMoveTo: (card: BoardCard, phase: PartnershipPhase) => void;
  extras: BoardExtras;
  /** Layout classes from the board: width, and whether the phone switcher hides it. */
  className: string;
};

/**
 * A column with the cards read so far and its true count. A long column comes page by page
 * ("Mostra altre"): thousands of cards in the page would slow it down for everyone, and a
 * column that long is read by filtering.
 */
export function BoardColumn({ phase, column, loading, failed, onShowMore, t, phases, closed, onMoveTo, extras, className }: Props) {
  const { setNodeRef, isOver } = useDroppable({ id: columnId(phase) });
  const { cards, total } = column;
  const headingId = `board-${phase}`;
  const next = Math.min(NEXT_PAGE_SIZE, Math.max(0, total - cards.length));
  return (
    <section
      aria-labelledby={headingId}
      aria-busy={loading || undefined}
      className={`${className} min-w-0 flex-col rounded-md border-2 p-2 ${isOver ? "border-primary bg-primary-soft" : "border-line bg-surface"}`}
    >
      <ColumnHeader
        headingId={headingId}
        title={phases[phase]}
        column={phase}
        count={total}
        limit={extras.softLimits[phase]}
        t={t}
        forms={extras.forms}
        setLimitAction={extras.setLimitAction}
      />
      <SortableContext id={columnId(phase)} items={cards.map((card) => card.id)} strategy={verticalListSortingStrategy}>
        <ul ref={setNodeRef} className="flex min-h-24 flex-1 flex-col gap-2">
          {cards.map((card) => (
            <SortableBoardCard key={card.id} card={card} t={t} phases={phases} movable={!closed} onMoveTo={onMoveTo} extras={extras} />
          ))}
          {total === 0 ? <li className="text-sm text-muted">{t.columnEmpty}</li> : null}
          {!column.loaded && total > 0 && loading ? <li className="text-sm text-muted">{t.loadingMore}</li> : null}
        </ul>
      </SortableContext>
      {failed ? (
        <p role="alert" className="mt-2 text-sm font-semibold text-danger">
          {t.loadFailed}
        </p>
      ) : null}
      {column.loaded && column.nextCursor ? (
        <button
          type="button"
          className={`${buttonStyles.quiet} mt-2`}
          onClick={onShowMore}
          disabled={loading}
          aria-label={loading ? undefined : format(t.showNextOf, { count: next || NEXT_PAGE_SIZE, column: phases[phase] })}
        >
          {loading ? t.loadingMore : format(t.showNext, { count: next || NEXT_PAGE_SIZE })}
        </button>
      ) : null}
    </section>
  );
}
