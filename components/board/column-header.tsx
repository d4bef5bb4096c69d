"use client";

import { useActionState, useId } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import { IDLE_BOARD_FORM } from "@/lib/partnerships/board/board-form-state";
import type { BoardFormAction } from "./types";

type Props = {
  headingId: string;
  title: string;
  column: string;
  count: number;
  limit: number | undefined;
  t: Messages["board"];
  setLimitAction: BoardFormAction;
};

/**
 * A column's heading with its count and soft limit. Over the limit the header says so in
 * words, with a warning icon and border, not with colour alone; moves are never blocked.
 */
export function ColumnHeader({ headingId, title, column, count, limit, t, setLimitAction }: Props) {
  const over = limit !== undefined && count > limit;
  return (
    <div className="mb-3">
      <h2 id={headingId} className="text-lg font-bold leading-snug">
        {title}{" "}
        <span className="font-normal text-muted">
          <span aria-hidden="true">({count})</span>
          <span className="sr-only">{format(t.count, { count })}</span>
        </span>
      </h2>
      {over ? (
        <p className="mt-1 flex items-start gap-1 rounded-md border-2 border-warning bg-amber-50 px-2 py-1 text-sm font-semibold text-ink" data-over-limit="true">
          <span aria-hidden="true">⚠</span>
          <span>{format(t.overLimit, { count, limit })}</span>
        </p>
      ) : limit !== undefined ? (
        <p className="mt-1 text-sm text-muted">{format(t.limitOf, { count, limit })}</p>
      ) : null}
      <LimitForm column={column} title={title} limit={limit} t={t} action={setLimitAction} />
    </div>
  );
}

function LimitForm({ column, title, limit, t, action }: { column: string; title: string; limit: number | undefined; t: Messages["board"]; action: BoardFormAction }) {
  const [state, formAction, pending] = useActionState(action, IDLE_BOARD_FORM);
  const id = useId();
  const error = state.status === "error" ? t[state.message] : null;
  return (
    <details className="mt-1" open={error ? true : undefined}>
      <summary className="min-h-11 cursor-pointer py-2 text-sm font-semibold text-primary">{t.limitMenu}</summary>
      <form action={formAction} noValidate className="flex flex-col items-start gap-2">
        <input type="hidden" name="column" value={column} />
        <label htmlFor={`${id}-limit`} className="text-sm font-semibold">
          {format(t.limitLabel, { column: title })}
        </label>
        <p id={`${id}-hint`} className="text-sm text-muted">
          {t.limitHint}
        </p>
        <input
          id={`${id}-limit`}
          name="softLimit"
          type="text"
          inputMode="numeric"
          defaultValue={limit ?? ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          className="min-h-11 w-28 rounded-md border-2 border-muted bg-white px-2"
        />
        {error ? (
          <p id={`${id}-error`} className="text-sm text-danger">
            {error}
          </p>
        ) : null}
        <button type="submit" className={buttonStyles.secondary} disabled={pending}>
          {t.limitSave}
        </button>
        <p role="status" className="text-sm">
          {state.status === "ok" ? t.limitSaved : null}
        </p>
      </form>
    </details>
  );
}
