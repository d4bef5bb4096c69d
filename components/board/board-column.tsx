"use client";

import { useDroppable } from "@dnd-kit/core";
import { SortableContext, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { SortableBoardCard } from "./board-card";
import type { BoardCard } from "./types";

export const columnId = (phase: PartnershipPhase) => `column:${phase}`;

type Props = {
  phase: PartnershipPhase;
  cards: BoardCard[];
  t: Messages["board"];
  phases: Messages["phases"];
  closed: boolean;
  onMoveTo: (card: BoardCard, phase: PartnershipPhase) => void;
};

export function BoardColumn({ phase, cards, t, phases, closed, onMoveTo }: Props) {
  const { setNodeRef, isOver } = useDroppable({ id: columnId(phase) });
  const headingId = `board-${phase}`;
  return (
    <section
      aria-labelledby={headingId}
      className={`flex w-72 shrink-0 flex-col rounded-md border-2 p-3 ${isOver ? "border-primary bg-primary-soft" : "border-line bg-surface"}`}
    >
      <h2 id={headingId} className="mb-3 text-lg font-bold leading-snug">
        {phases[phase]}{" "}
        <span className="font-normal text-muted">
          <span aria-hidden="true">({cards.length})</span>
          <span className="sr-only">{format(t.count, { count: cards.length })}</span>
        </span>
      </h2>
      <SortableContext id={columnId(phase)} items={cards.map((card) => card.id)} strategy={verticalListSortingStrategy}>
        <ul ref={setNodeRef} className="flex min-h-24 flex-1 flex-col gap-3">
          {cards.map((card) => (
            <SortableBoardCard key={card.id} card={card} t={t} phases={phases} movable={!closed} onMoveTo={onMoveTo} />
          ))}
          {cards.length === 0 ? <li className="text-sm text-muted">{t.columnEmpty}</li> : null}
        </ul>
      </SortableContext>
    </section>
  );
}
