"use client";

import { useEffect, useId, useRef, useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import { MOVE_REASON_MIN } from "@/lib/partnerships/move-partnership-schema";
import type { MoveRequest } from "./types";

export type PendingReason = { request: MoveRequest; title: string; gates: string[] };

type Props = {
  pending: PendingReason;
  t: Messages["board"];
  phases: Messages["phases"];
  onCancel: () => void;
  onConfirm: (reason: string) => void;
};

/** Asks the written reason a gated move (or a discontinuation) needs. */
export function ReasonDialog({ pending, t, phases, onCancel, onConfirm }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [reason, setReason] = useState("");
  const [error, setError] = useState(false);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const gates = pending.gates.map((gate) => t.gates[gate as keyof typeof t.gates] ?? gate);
  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      onCancel={onCancel}
      className="m-auto w-[min(36rem,calc(100%-2rem))] rounded-md border-2 border-line p-6 text-ink backdrop:bg-black/40"
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (reason.trim().length < MOVE_REASON_MIN) {
            setError(true);
            return;
          }
          onConfirm(reason.trim());
        }}
      >
        <h2 id={`${id}-title`} className="text-xl font-bold">
          {format(t.reasonTitle, { title: pending.title, phase: phases[pending.request.toPhase] })}
        </h2>
        <p className="mt-2">{gates.length > 0 ? t.reasonLead : t.reasonDiscontinue}</p>
        {gates.length > 0 ? (
          <ul className="mt-2 list-disc pl-6">
            {gates.map((gate) => (
              <li key={gate}>{gate}</li>
            ))}
          </ul>
        ) : null}
        <label htmlFor={`${id}-reason`} className="mt-4 block font-semibold">
          {t.reasonLabel}
        </label>
        <textarea
          id={`${id}-reason`}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          rows={4}
          aria-invalid={error}
          aria-describedby={error ? `${id}-error` : undefined}
          className="mt-1 w-full rounded-md border-2 border-muted p-2"
        />
        {error ? (
          <p id={`${id}-error`} className="mt-1 text-danger">
            {t.reasonTooShort}
          </p>
        ) : null}
        <div className="mt-4 flex flex-wrap gap-3">
          <button type="submit" className={buttonStyles.primary}>
            {t.reasonConfirm}
          </button>
          <button type="button" className={buttonStyles.secondary} onClick={onCancel}>
            {t.reasonCancel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
