"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { planCardDrop, planPlacement, planUndo, findCard, type CardDrop } from "@/lib/partnerships/board/plan-card-drop";
import { CLOSED_PHASES } from "@/lib/partnerships/phases";
import type { PendingReason } from "./reason-dialog";
import { cardsOf, withCards } from "./column-state";
import type { BoardCard, BoardColumns } from "./types";
import { useBoardColumns } from "./use-board-columns";

/** A done move that can be taken back: the server names it by `moveId`. */
export type UndoableMove = CardDrop<BoardCard> & { moveId: string };

export type BoardMessage = { tone: "success" | "error" | "warning"; text: string; undo?: UndoableMove };

type MoveResult = { moveId: string; phase: PartnershipPhase; position: number; version: number };

export const isClosed = (phase: PartnershipPhase) => (CLOSED_PHASES as readonly PartnershipPhase[]).includes(phase);

/**
 * The board's client state: each move is shown at once and sent to /staff/board/move; a
 * refusal puts the board back, a gate asks for a reason (then the move is sent again with
 * it), a conflict (409) reloads the board from the server, and a done move can be undone
 * (/staff/board/undo: the server restores the card and withdraws what the move triggered).
 */
export function useBoardMoves(initial: BoardColumns, filterQuery: string, t: Messages["board"], phases: Messages["phases"]) {
  const router = useRouter();
  const { columns, setColumns, board, partial, showMore, loadClosed, loading, failed } = useBoardColumns(initial, filterQuery);
  const [message, setMessage] = useState<BoardMessage | null>(null);
  const [pending, setPending] = useState<PendingReason | null>(null);

  async function send(drop: CardDrop<BoardCard>, before: BoardColumns, options: { undoOf?: string; reason?: string }) {
    const isUndo = options.undoOf !== undefined;
    const { request } = drop;
    setColumns(withCards(before, drop.board));
    setMessage(null);
    let response: Response;
    try {
      const body = isUndo ? { partnershipId: request.partnershipId, moveId: options.undoOf } : options.reason ? { ...request, reason: options.reason } : request;
      response = await fetch(isUndo ? "/staff/board/undo" : "/staff/board/move", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
    } catch {
      setColumns(before);
      setMessage({ tone: "error", text: t.failed });
      return;
    }
    const cardTitle = findCard(cardsOf(before), request.partnershipId)?.title ?? "";
    if (response.ok) {
      const result = (await response.json()) as MoveResult;
      setColumns((current) => {
        const column = current[result.phase];
        const cards = column.cards.map((entry) =>
          entry.id === request.partnershipId ? { ...entry, version: result.version, position: result.position } : entry,
        );
        return { ...current, [result.phase]: { ...column, cards } };
      });
      // A closed partnership stays closed: its move is not offered for undoing, nor is an undo.
      const undo = isUndo || isClosed(request.toPhase) ? undefined : { ...drop, moveId: result.moveId };
      const template = isUndo ? t.undone : t.moved;
      setMessage({ tone: "success", text: format(template, { title: cardTitle, phase: phases[request.toPhase] }), undo });
      router.refresh();
      return;
    }
    setColumns(before);
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

  /** The card dropped into `phase` at `index` (counted without the card itself). */
  function moveTo(cardId: string, phase: PartnershipPhase, index: number) {
    const drop = planCardDrop(board, cardId, phase, index, partial);
    if (drop) void send(drop, columns, {});
  }

  /** The last move taken back: the card returns between its old neighbours. */
  function undo(done: UndoableMove) {
    const drop = planUndo(board, done, partial);
    if (drop) void send(drop, columns, { undoOf: done.moveId });
  }

  /** The move a gate stopped, sent again with the written reason. */
  function confirm(reason: string) {
    if (!pending) return;
    const { request } = pending;
    setPending(null);
    const drop = planPlacement(board, request.partnershipId, { phase: request.toPhase, beforeId: request.beforeId, afterId: request.afterId }, partial);
    if (drop) void send(drop, columns, { reason });
  }

  // Stable, so that the toast's timer is not restarted by every render.
  const dismiss = useCallback(() => setMessage(null), []);

  return { columns, board, message, pending, moveTo, undo, confirm, dismiss, cancel: () => setPending(null), showMore, loadClosed, loading, failed };
}
