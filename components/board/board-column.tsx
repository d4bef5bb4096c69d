"use client";

import { useDroppable } from "@dnd-kit/core";
import { SortableContext, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { SortableBoardCard } from "./board-card";
import { ColumnHeader } from "./column-header";
import type { BoardCard, BoardExtras } from "./types";

export const columnId = (phase: PartnershipPhase) => `column:${phase}`;

type Props = {
  phase: PartnershipPhase;
  cards: BoardCard[];
  t: Messages["board"];
  phases: Messages["phases"];
  closed: boolean;
  onMoveTo: (card: BoardCard, phase: PartnershipPhase) => void;
  extras: BoardExtras;
  /** Layout classes from the board: width, and whether the phone switcher hides it. */
  className: string;
};

/**
 * A long column shows its first cards and a button for the rest: hundreds of cards in the
 * page would slow it down for everyone, and a column that long is read by filtering.
 */
export const COLUMN_PAGE_SIZE = 20;

export function BoardColumn({ phase, cards, t, phases, closed, onMoveTo, extras, className }: Props) {
  const { setNodeRef, isOver } = useDroppable({ id: columnId(phase) });
  const [expanded, setExpanded] = useState(false);
  const visible = expanded ? cards : cards.slice(0, COLUMN_PAGE_SIZE);
  const headingId = `board-${phase}`;
  return (
    <section
      aria-labelledby={headingId}
      className={`${className} min-w-0 flex-col rounded-md border-2 p-2 ${isOver ? "border-primary bg-primary-soft" : "border-line bg-surface"}`}
    >
      <ColumnHeader
        headingId={headingId}
        title={phases[phase]}
        column={phase}
        count={cards.length}
        limit={extras.softLimits[phase]}
        t={t}
        forms={extras.forms}
        setLimitAction={extras.setLimitAction}
      />
      <SortableContext id={columnId(phase)} items={visible.map((card) => card.id)} strategy={verticalListSortingStrategy}>
        <ul ref={setNodeRef} className="flex min-h-24 flex-1 flex-col gap-2">
          {visible.map((card) => (
            <SortableBoardCard key={card.id} card={card} t={t} phases={phases} movable={!closed} onMoveTo={onMoveTo} extras={extras} />
          ))}
          {cards.length === 0 ? <li className="text-sm text-muted">{t.columnEmpty}</li> : null}
        </ul>
      </SortableContext>
      {visible.length < cards.length ? (
        <button type="button" className={`${buttonStyles.quiet} mt-2`} onClick={() => setExpanded(true)}>
          {format(t.showMore, { count: cards.length - visible.length })}
        </button>
      ) : null}
    </section>
  );
}
