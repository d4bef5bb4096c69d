"use client";

import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  closestCorners,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from "@dnd-kit/core";
import { sortableKeyboardCoordinates } from "@dnd-kit/sortable";
import { useEffect, useId, useRef, useState } from "react";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { findCard } from "@/lib/partnerships/board/plan-card-drop";
import { ALL_PHASES, CLOSED_PHASES, OPEN_PHASES } from "@/lib/partnerships/phases";
import { CardBody } from "./board-card";
import { BoardColumn, columnId } from "./board-column";
import { BoardToast } from "./board-toast";
import { LazyDetails } from "./lazy-details";
import { ProposalsColumn } from "./proposals-column";
import { ReasonDialog } from "./reason-dialog";
import type { BoardColumns, BoardExtras, BoardState, ProposalCard } from "./types";
import { isClosed, useBoardMoves } from "./use-board-moves";

type Props = {
  /** Each column's first page and true count, as the server read them. */
  initial: BoardColumns;
  /** The board's filters as a query string, for the pages read later. */
  filterQuery: string;
  proposals: ProposalCard[];
  extras: BoardExtras;
  t: Messages["board"];
  phases: Messages["phases"];
};

/** The column and index an id (a card or a column) points at. */
function locate(state: BoardState, id: UniqueIdentifier): { phase: PartnershipPhase; index: number } | null {
  const phase = ALL_PHASES.find((entry) => columnId(entry) === id);
  if (phase) return { phase, index: state[phase].length };
  const card = findCard(state, String(id));
  if (!card) return null;
  return { phase: card.phase, index: state[card.phase].findIndex((entry) => entry.id === id) };
}

export function Board({ initial, filterQuery, proposals, extras, t, phases }: Props) {
  // Marks the board as interactive once React has hydrated it (the benchmark waits for it).
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    root.current?.setAttribute("data-board-ready", "true");
  }, []);
  const { columns, board, message, pending, moveTo, undo, confirm, dismiss, cancel, showMore, loadClosed, loading, failed } = useBoardMoves(
    initial,
    filterQuery,
    t,
    phases,
  );
  const [activeId, setActiveId] = useState<UniqueIdentifier | null>(null);
  // On a phone one column is shown at a time; from `md` up they all are, side by side.
  const [shown, setShown] = useState<string>("PROPOSALS");
  const switcherId = useId();
  const onPhone = (key: string) => (key === shown ? "flex" : "hidden md:flex");

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const title = (id: UniqueIdentifier) => findCard(board, String(id))?.title ?? "";
  const where = (id: UniqueIdentifier | undefined) => {
    if (id === undefined) return null;
    const spot = locate(board, id);
    if (!spot) return null;
    const count = board[spot.phase].length;
    return { phase: phases[spot.phase], position: Math.min(spot.index + 1, count + 1), count: Math.max(count, 1) };
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => format(t.announceStart, { title: title(active.id), ...where(active.id) }),
    onDragOver: ({ active, over }) => {
      const spot = where(over?.id);
      return spot ? format(t.announceOver, { title: title(active.id), ...spot }) : format(t.announceOverNothing, { title: title(active.id) });
    },
    onDragEnd: ({ active, over }) => {
      const spot = where(over?.id);
      return spot ? format(t.announceEnd, { title: title(active.id), ...spot }) : format(t.announceOverNothing, { title: title(active.id) });
    },
    onDragCancel: ({ active }) => format(t.announceCancel, { title: title(active.id), phase: where(active.id)?.phase ?? "" }),
  };

  function onDragStart(event: DragStartEvent) {
    setActiveId(event.active.id);
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    setActiveId(null);
    if (!over || over.id === active.id) return;
    const target = locate(board, over.id);
    // Within a column the card takes the place of the one it is dropped on.
    if (target) moveTo(String(active.id), target.phase, target.index);
  }

  const active = activeId === null ? undefined : findCard(board, String(activeId));
  const column = (phase: PartnershipPhase, className: string) => (
    <BoardColumn
      key={phase}
      className={className}
      phase={phase}
      column={columns[phase]}
      loading={loading.has(phase)}
      failed={failed === phase}
      onShowMore={() => showMore(phase)}
      t={t}
      phases={phases}
      closed={isClosed(phase)}
      onMoveTo={(card, to) => moveTo(card.id, to, board[to].length)}
      extras={extras}
    />
  );
  const closedCount = CLOSED_PHASES.reduce((sum, phase) => sum + columns[phase].total, 0);

  return (
    // data-board-wide lets the page grow past its usual width, so that all columns fit a laptop.
    <div ref={root} data-board-wide className={message ? "pb-28" : undefined}>
      <div className="mb-3 flex flex-col md:hidden">
        <label htmlFor={switcherId} className="font-semibold">
          {t.phaseSwitcher}
        </label>
        <select id={switcherId} value={shown} onChange={(event) => setShown(event.target.value)} className="min-h-11 rounded-md border-2 border-muted bg-white px-2">
          <option value="PROPOSALS">
            {t.proposals} ({proposals.length})
          </option>
          {OPEN_PHASES.map(({ phase }) => (
            <option key={phase} value={phase}>
              {phases[phase]} ({columns[phase].total})
            </option>
          ))}
        </select>
      </div>
      <DndContext
        id="staff-board"
        sensors={sensors}
        collisionDetection={closestCorners}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t.instructions } }}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setActiveId(null)}
      >
        {/* 7 columns of at least 11rem fit 1366 px; narrower screens scroll inside the region. */}
        <div role="region" aria-label={t.boardLabel} tabIndex={0} className="relative overflow-x-auto pb-2">
          <div className="grid grid-cols-1 gap-2 md:grid-cols-[repeat(7,minmax(11rem,1fr))]">
            <ProposalsColumn
              className={onPhone("PROPOSALS")}
              proposals={proposals}
              limit={extras.softLimits.PROPOSALS}
              t={t}
              setLimitAction={extras.setLimitAction}
              forms={extras.forms}
            />
            {OPEN_PHASES.map((entry) => column(entry.phase, onPhone(entry.phase)))}
          </div>
        </div>
        <LazyDetails
          className="mt-6"
          onOpen={loadClosed}
          summaryClassName="min-h-11 cursor-pointer py-2 text-lg font-bold"
          summary={
            <>
              {t.closedColumns} <span className="font-normal text-muted">({closedCount})</span>
            </>
          }
        >
          <div className="mt-3 flex flex-wrap gap-4">{CLOSED_PHASES.map((phase) => column(phase, "flex w-72 max-w-full"))}</div>
        </LazyDetails>
        <DragOverlay>
          {active ? (
            <div className="rounded-md border-2 border-primary bg-white p-2 shadow-lg">
              <CardBody card={active} t={t} linked={false} />
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
      <BoardToast message={message} t={t} onUndo={undo} onDismiss={dismiss} />
      {pending ? (
        <ReasonDialog
          pending={pending}
          t={t}
          phases={phases}
          onCancel={cancel}
          onConfirm={confirm}
        />
      ) : null}
    </div>
  );
}
