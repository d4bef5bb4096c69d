"use client";

import { useEffect, useRef } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import type { Messages } from "@/lib/i18n/get-messages";
import type { BoardMessage, UndoableMove } from "./use-board-moves";

/** How long a message with nothing to act on stays: long enough to read twice. */
export const TOAST_MILLISECONDS = 10_000;

const tones = {
  warning: "border-warning",
  error: "border-danger",
  success: "border-success",
} as const;

type Props = { message: BoardMessage | null; t: Messages["board"]; onUndo: (move: UndoableMove) => void; onDismiss: () => void };

/**
 * The result of a move, fixed at the bottom of the window so it is seen wherever the person
 * scrolled to. The live region is always in the page (screen readers announce only changes
 * inside a region they already know). A message with an Undo, a warning or an error stays
 * until dismissed or replaced; a plain confirmation leaves after TOAST_MILLISECONDS.
 * Focus is never moved here, except back onto the toast after its own Undo button goes.
 */
export function BoardToast({ message, t, onUndo, onDismiss }: Props) {
  const dismissRef = useRef<HTMLButtonElement>(null);
  const undoing = useRef(false);
  const lingers = message !== null && (message.undo !== undefined || message.tone !== "success");

  useEffect(() => {
    if (message === null || lingers) return;
    const timer = setTimeout(onDismiss, TOAST_MILLISECONDS);
    return () => clearTimeout(timer);
  }, [message, lingers, onDismiss]);

  useEffect(() => {
    // The Undo button disappears with the message it belonged to: keep the focus nearby.
    if (undoing.current && message !== null) {
      undoing.current = false;
      dismissRef.current?.focus();
    }
  }, [message]);

  return (
    <div role="status" aria-live="polite" className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex justify-center p-4" data-board-toast>
      {message ? (
        <div className={`pointer-events-auto flex w-full max-w-2xl flex-wrap items-center gap-3 rounded-md border-2 border-l-8 bg-white p-3 text-ink shadow-lg ${tones[message.tone]}`}>
          <p className="min-w-0 flex-1">{message.text}</p>
          {message.undo ? (
            <button
              type="button"
              className={buttonStyles.secondary}
              onClick={() => {
                undoing.current = true;
                if (message.undo) onUndo(message.undo);
              }}
            >
              {t.undo}
            </button>
          ) : null}
          <button type="button" ref={dismissRef} className={buttonStyles.quiet} aria-label={t.dismiss} onClick={onDismiss}>
            <span aria-hidden="true">✕</span>
          </button>
        </div>
      ) : null}
    </div>
  );
}
