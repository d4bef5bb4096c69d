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
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { ALL_PHASES, CLOSED_PHASES, OPEN_PHASES } from "@/lib/partnerships/phases";
import { CardBody } from "./board-card";
import { BoardColumn, columnId } from "./board-column";
import { LazyDetails } from "./lazy-details";
import { ProposalsColumn } from "./proposals-column";
import { ReasonDialog, type PendingReason } from "./reason-dialog";
import type { BoardCard, BoardExtras, BoardState, MoveRequest, ProposalCard } from "./types";

type Props = {
  initial: BoardState;
  proposals: ProposalCard[];
  extras: BoardExtras;
  t: Messages["board"];
  phases: Messages["phases"];
};

type Message = { tone: "success" | "error" | "warning"; text: string; undo?: MoveRequest };

const isClosed = (phase: PartnershipPhase) => (CLOSED_PHASES as readonly PartnershipPhase[]).includes(phase);

function findCard(state: BoardState, id: UniqueIdentifier): BoardCard | undefined {
  for (const phase of ALL_PHASES) {
    const card = state[phase].find((entry) => entry.id === id);
    if (card) return card;
  }
  return undefined;
}

/** The column and index an id (a card or a column) points at. */
function locate(state: BoardState, id: UniqueIdentifier): { phase: PartnershipPhase; index: number } | null {
  const phase = ALL_PHASES.find((entry) => columnId(entry) === id);
  if (phase) return { phase, index: state[phase].length };
  const card = findCard(state, id);
  if (!card) return null;
  return { phase: card.phase, index: state[card.phase].findIndex((entry) => entry.id === id) };
}

/** The board with `card` placed in `phase` at `index`, and the request that says so. */
function place(state: BoardState, card: BoardCard, phase: PartnershipPhase, index: number) {
  const next = { ...state } as BoardState;
  next[card.phase] = state[card.phase].filter((entry) => entry.id !== card.id);
  const target = [...next[phase]];
  const at = Math.max(0, Math.min(index, target.length));
  target.splice(at, 0, { ...card, phase, daysInPhase: phase === card.phase ? card.daysInPhase : 0 });
  next[phase] = target;
  const request: MoveRequest = {
    partnershipId: card.id,
    fromPhase: card.phase,
    toPhase: phase,
    expectedVersion: card.version,
    beforeId: target[at - 1]?.id ?? null,
    afterId: target[at + 1]?.id ?? null,
  };
  return { next, request };
}

export function Board({ initial, proposals, extras, t, phases }: Props) {
  const router = useRouter();
  // Marks the board as interactive once React has hydrated it (the benchmark waits for it).
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    root.current?.setAttribute("data-board-ready", "true");
  }, []);
  const [board, setBoard] = useState(initial);
  // When the server sends a fresh board (router.refresh), it replaces the local one.
  const [seen, setSeen] = useState(initial);
  if (seen !== initial) {
    setSeen(initial);
    setBoard(initial);
  }
  const [activeId, setActiveId] = useState<UniqueIdentifier | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [pending, setPending] = useState<PendingReason | null>(null);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const title = (id: UniqueIdentifier) => findCard(board, id)?.title ?? "";
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

  async function send(request: MoveRequest, before: BoardState, next: BoardState, isUndo: boolean) {
    setBoard(next);
    setMessage(null);
    let response: Response;
    try {
      response = await fetch("/staff/board/move", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(request),
      });
    } catch {
      setBoard(before);
      setMessage({ tone: "error", text: t.failed });
      return;
    }
    const card = findCard(before, request.partnershipId);
    const cardTitle = card?.title ?? "";
    if (response.ok) {
      const result = (await response.json()) as { phase: PartnershipPhase; position: number; version: number };
      setBoard((current) => {
        const updated = { ...current } as BoardState;
        updated[result.phase] = current[result.phase].map((entry) =>
          entry.id === request.partnershipId ? { ...entry, version: result.version, position: result.position } : entry,
        );
        return updated;
      });
      const origin = locate(before, request.partnershipId);
      const column = before[request.fromPhase];
      const undo: MoveRequest | undefined =
        isUndo || isClosed(request.toPhase) || !origin
          ? undefined
          : {
              partnershipId: request.partnershipId,
              fromPhase: request.toPhase,
              toPhase: request.fromPhase,
              expectedVersion: result.version,
              beforeId: column[origin.index - 1]?.id ?? null,
              afterId: column[origin.index + 1]?.id ?? null,
            };
      const template = isUndo ? t.undone : t.moved;
      setMessage({ tone: "success", text: format(template, { title: cardTitle, phase: phases[request.toPhase] }), undo });
      router.refresh();
      return;
    }
    setBoard(before);
    if (response.status === 409) {
      setMessage({ tone: "warning", text: t.conflict });
      router.refresh();
    } else if (response.status === 422) {
      const body = (await response.json()) as { gates?: string[] };
      setPending({ request, title: cardTitle, gates: body.gates ?? [] });
    } else if (response.status === 400) {
      setMessage({ tone: "error", text: t.notAllowed });
    } else {
      setMessage({ tone: "error", text: t.failed });
    }
  }

  function moveTo(card: BoardCard, phase: PartnershipPhase, index: number) {
    const before = board;
    const current = findCard(before, card.id);
    if (!current) return;
    const { next, request } = place(before, current, phase, index);
    void send(request, before, next, false);
  }

  function onDragStart(event: DragStartEvent) {
    setActiveId(event.active.id);
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    setActiveId(null);
    if (!over) return;
    const state = board;
    const card = findCard(state, active.id);
    const target = locate(state, over.id);
    if (!card || !target) return;
    const from = state[card.phase].findIndex((entry) => entry.id === card.id);
    if (target.phase === card.phase && (over.id === card.id || target.index === from)) return;
    // Within a column the card takes the place of the one it is dropped on.
    moveTo(card, target.phase, target.index);
  }

  function undo(request: MoveRequest) {
    const before = board;
    const card = findCard(before, request.partnershipId);
    if (!card) return;
    const column = before[request.toPhase].filter((entry) => entry.id !== card.id);
    const afterIndex = request.afterId ? column.findIndex((entry) => entry.id === request.afterId) : -1;
    const beforeIndex = request.beforeId ? column.findIndex((entry) => entry.id === request.beforeId) : -1;
    const index = afterIndex >= 0 ? afterIndex : beforeIndex >= 0 ? beforeIndex + 1 : column.length;
    const { next, request: placed } = place(before, card, request.toPhase, index);
    void send(placed, before, next, true);
  }

  const active = activeId === null ? undefined : findCard(board, activeId);
  const column = (phase: PartnershipPhase) => (
    <BoardColumn
      key={phase}
      phase={phase}
      cards={board[phase]}
      t={t}
      phases={phases}
      closed={isClosed(phase)}
      onMoveTo={(card, to) => moveTo(card, to, board[to].length)}
      extras={extras}
    />
  );
  const closedCount = CLOSED_PHASES.reduce((sum, phase) => sum + board[phase].length, 0);

  return (
    <div ref={root}>
      <div aria-live="polite" className="mb-4 min-h-0">
        {message ? (
          <Notice tone={message.tone}>
            <div className="flex flex-wrap items-center gap-3">
              <p>{message.text}</p>
              {message.undo ? (
                <button type="button" className={buttonStyles.secondary} onClick={() => message.undo && undo(message.undo)}>
                  {t.undo}
                </button>
              ) : null}
            </div>
          </Notice>
        ) : null}
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
        <div role="region" aria-label={t.boardLabel} tabIndex={0} className="relative -mx-4 overflow-x-auto px-4 pb-4">
          <div className="flex gap-4">
            <ProposalsColumn proposals={proposals} limit={extras.softLimits.PROPOSALS} t={t} setLimitAction={extras.setLimitAction} />
            {OPEN_PHASES.map((entry) => column(entry.phase))}
          </div>
        </div>
        <LazyDetails
          className="mt-6"
          summaryClassName="min-h-11 cursor-pointer py-2 text-lg font-bold"
          summary={
            <>
              {t.closedColumns} <span className="font-normal text-muted">({closedCount})</span>
            </>
          }
        >
          <div className="mt-3 flex flex-wrap gap-4">{CLOSED_PHASES.map((phase) => column(phase))}</div>
        </LazyDetails>
        <DragOverlay>
          {active ? (
            <div className="rounded-md border-2 border-primary bg-white p-3 shadow-lg">
              <CardBody card={active} t={t} linked={false} />
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
      {pending ? (
        <ReasonDialog
          pending={pending}
          t={t}
          phases={phases}
          onCancel={() => setPending(null)}
          onConfirm={(reason) => {
            const request = pending.request;
            setPending(null);
            const before = board;
            const card = findCard(before, request.partnershipId);
            if (!card) return;
            const target = before[request.toPhase];
            const afterIndex = request.afterId ? target.findIndex((entry) => entry.id === request.afterId) : -1;
            const { next, request: placed } = place(before, card, request.toPhase, afterIndex >= 0 ? afterIndex : target.length);
            void send({ ...placed, reason }, before, next, false);
          }}
        />
      ) : null}
    </div>
  );
}
