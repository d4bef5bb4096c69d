"use client";

import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import Link from "next/link";
import { useId, useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { ALL_PHASES } from "@/lib/partnerships/phases";
import { LazyDetails } from "./lazy-details";
import { OwnerForm } from "./owner-form";
import type { BoardCard as Card, BoardExtras } from "./types";

type Props = {
  card: Card;
  t: Messages["board"];
  phases: Messages["phases"];
  movable: boolean;
  onMoveTo?: (card: Card, phase: PartnershipPhase) => void;
  extras: BoardExtras;
};

/**
 * The compact body of a card: title, both parties, days in phase and the flags. The rest
 * (owner, next due item) is in the card's details, so that every column fits a laptop.
 */
export function CardBody({ card, t, linked = true }: { card: Card; t: Messages["board"]; linked?: boolean }) {
  return (
    <>
      <h3 className="board-card-title">
        {linked ? <Link href={`/staff/partnerships/${card.id}`}>{card.title}</Link> : card.title}
      </h3>
      <p className="board-card-parties">
        {card.company}
        <br />
        {card.nonprofit}
      </p>
      <p className="board-card-days">{card.daysInPhase === 1 ? t.dayInPhase : format(t.daysInPhase, { days: card.daysInPhase })}</p>
      {card.flags.overdue || card.flags.inactive ? (
        <p className="board-card-flags">
          {card.flags.overdue ? <Flag>{t.flagOverdue}</Flag> : null}
          {card.flags.inactive ? <Flag>{t.flagInactive}</Flag> : null}
        </p>
      ) : null}
    </>
  );
}

/** What a card shows on demand: its CSV owner and next due item. */
function CardDetails({ card, t }: { card: Card; t: Messages["board"] }) {
  return (
    <p className="text-sm">
      {card.owner ? format(t.owner, { name: card.owner }) : t.noOwner}
      {card.nextDue ? (
        <>
          <br />
          {format(t.nextDue, { item: card.nextDue.label, date: card.nextDue.date })}
        </>
      ) : null}
    </p>
  );
}

/** A warning in words with an icon, so it never depends on colour alone. */
function Flag({ children }: { children: React.ReactNode }) {
  return (
    <span className="board-flag">
      <span aria-hidden="true">⚠</span>
      {children}
    </span>
  );
}

// Short classes (app/globals.css): a card's markup repeats by the hundred on the board.
const summaryStyle = "board-summary";

export function SortableBoardCard({ card, t, phases, movable, onMoveTo, extras }: Props) {
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
      className={isDragging ? "board-card opacity-40" : "board-card"}
      data-card-id={card.id}
    >
      {/* The handle beside the title only: the lines below it use the card's whole width. */}
      <div className="board-card-head">
        <CardBody card={card} t={t} />
        {movable ? (
          <button
            type="button"
            ref={setActivatorNodeRef}
            {...attributes}
            {...listeners}
            aria-label={format(t.dragHandle, { title: card.title })}
            className="board-handle"
          >
            <span aria-hidden="true">⠿</span>
          </button>
        ) : null}
      </div>
      <div className="board-card-menus">
        {movable && onMoveTo ? (
          <LazyDetails className="open:basis-full" summaryClassName={summaryStyle} summary={t.moveMenu}>
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
          </LazyDetails>
        ) : null}
        <LazyDetails
          className="open:basis-full"
          summaryClassName={summaryStyle}
          summary={
            <>
              <span aria-hidden="true">{t.cardDetails}</span>
              <span className="sr-only">{format(t.cardDetailsOf, { title: card.title })}</span>
            </>
          }
        >
          <div className="flex flex-col items-start">
            <CardDetails card={card} t={t} />
            <OwnerForm card={card} staff={extras.staff} t={t} forms={extras.forms} action={extras.assignOwnerAction} />
            <Link
              href={`/staff/partnerships/${card.id}?tab=history`}
              aria-label={format(t.historyOf, { title: card.title })}
              className="inline-flex min-h-11 items-center text-sm"
            >
              {t.history}
            </Link>
          </div>
        </LazyDetails>
      </div>
    </li>
  );
}
