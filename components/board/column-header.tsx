"use client";

import { useId } from "react";
import { FormMessage, HiddenFields, SubmitButton, TextField, translateKey, useActionForm, type FormServerAction } from "@/components/ui/form";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import { setColumnSoftLimitSchema, type SetColumnSoftLimitInput } from "@/lib/partnerships/board/column-soft-limit-schema";
import { boardErrors } from "./board-errors";

type Props = {
  headingId: string;
  title: string;
  column: string;
  count: number;
  limit: number | undefined;
  t: Messages["board"];
  forms: Messages["forms"];
  setLimitAction: FormServerAction;
};

/**
 * A column's heading with its count and soft limit. Over the limit the header says so in
 * words, with a warning icon and border, not with colour alone; moves are never blocked.
 */
export function ColumnHeader({ headingId, title, column, count, limit, t, forms, setLimitAction }: Props) {
  const over = limit !== undefined && count > limit;
  return (
    <div className="mb-2">
      <h2 id={headingId} className="text-base font-bold leading-snug break-words">
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
      <LimitForm column={column} title={title} limit={limit} t={t} forms={forms} action={setLimitAction} />
    </div>
  );
}

function LimitForm({ column, title, limit, t, forms, action }: { column: string; title: string; limit: number | undefined; t: Messages["board"]; forms: Messages["forms"]; action: FormServerAction }) {
  const defaults: SetColumnSoftLimitInput = { column: column as SetColumnSoftLimitInput["column"], softLimit: limit === undefined ? "" : String(limit) };
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({ schema: setColumnSoftLimitSchema, action, defaultValues: defaults });
  const id = useId();
  const text = (key: string | undefined) => translateKey(key, boardErrors(t), forms);
  const error = text(errorOf("softLimit"));
  return (
    <details className="mt-1" open={error || formError ? true : undefined}>
      <summary className="min-h-11 cursor-pointer py-2 text-sm font-semibold text-primary">{t.limitMenu}</summary>
      <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col items-start gap-2">
        <HiddenFields values={{ column }} />
        <TextField
          id={`${id}-limit`}
          label={format(t.limitLabel, { column: title })}
          hint={t.limitHint}
          error={error}
          type="text"
          inputMode="numeric"
          className="text-sm [&_input]:w-28"
          registration={form.register("softLimit")}
        />
        <SubmitButton variant="secondary" pending={pending}>
          {t.limitSave}
        </SubmitButton>
        <FormMessage state={state} error={text(formError)} saved={t.limitSaved} />
      </form>
    </details>
  );
}
