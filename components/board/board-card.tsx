"use client";

import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useId, useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { ALL_PHASES } from "@/lib/partnerships/phases";
import type { BoardCard as Card } from "./types";

type Props = {
  card: Card;
  t: Messages["board"];
  phases: Messages["phases"];
  movable: boolean;
  onMoveTo?: (card: Card, phase: PartnershipPhase) => void;
};

/** The body of a card: both parties, title, days in phase, the CSV contact. */
export function CardBody({ card, t }: { card: Card; t: Messages["board"] }) {
  return (
    <>
      <h3 className="text-base font-bold leading-snug">{card.title}</h3>
      <p className="mt-1 text-sm">
        {card.company}
        <br />
        {card.nonprofit}
      </p>
      <p className="mt-2 text-sm text-muted">
        {card.daysInPhase === 1 ? t.dayInPhase : format(t.daysInPhase, { days: card.daysInPhase })}
        <br />
        {card.owner ? format(t.owner, { name: card.owner }) : t.noOwner}
      </p>
    </>
  );
}

export function SortableBoardCard({ card, t, phases, movable, onMoveTo }: Props) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: card.id,
    disabled: !movable,
  });
  const selectId = useId();
  const targets = ALL_PHASES.filter((phase) => phase !== card.phase);
  const [target, setTarget] = useState<PartnershipPhase>(targets[0] ?? card.phase);
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={`rounded-md border-2 border-line bg-white p-3 shadow-sm ${isDragging ? "opacity-40" : ""}`}
      data-card-id={card.id}
    >
      <div className="flex items-start gap-2">
        <div className="min-w-0 flex-1">
          <CardBody card={card} t={t} />
        </div>
        {movable ? (
          <button
            type="button"
            ref={setActivatorNodeRef}
            {...attributes}
            {...listeners}
            aria-label={format(t.dragHandle, { title: card.title })}
            className="flex min-h-11 min-w-11 cursor-grab touch-none items-center justify-center rounded-md border-2 border-muted text-lg text-ink hover:bg-primary-soft"
          >
            <span aria-hidden="true">⠿</span>
          </button>
        ) : null}
      </div>
      {movable && onMoveTo ? (
        <details className="mt-2">
          <summary className="min-h-11 cursor-pointer py-2 text-sm font-semibold text-primary">{t.moveMenu}</summary>
          <form
            className="mt-1 flex flex-col items-start gap-2"
            onSubmit={(event) => {
              event.preventDefault();
              onMoveTo(card, target);
            }}
          >
            <div className="flex w-full min-w-0 flex-col">
              <label htmlFor={selectId} className="text-sm">
                {format(t.moveTo, { title: card.title })}
              </label>
              <select
                id={selectId}
                value={target}
                onChange={(event) => setTarget(event.target.value as PartnershipPhase)}
                className="min-h-11 w-full rounded-md border-2 border-muted bg-white px-2"
              >
                {targets.map((phase) => (
                  <option key={phase} value={phase}>
                    {phases[phase]}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className={buttonStyles.secondary}>
              {t.moveButton}
            </button>
          </form>
        </details>
      ) : null}
    </li>
  );
}
