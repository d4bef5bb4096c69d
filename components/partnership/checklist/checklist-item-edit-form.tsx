"use client";

import { buttonStyles } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import type { Messages } from "@/lib/i18n/get-messages";
import { updateChecklistItemSchema, type UpdateChecklistItemInput } from "@/lib/partnerships/checklist/checklist-schemas";
import type { PartnershipPerson } from "@/lib/partnerships/checklist/partnership-people";
import { describedBy, Field, inputClass } from "../collab/field";
import { resolveError, usePartnershipForm, type PartnershipAction } from "../collab/use-partnership-form";
import { PersonOptions } from "./person-options";

type Props = {
  partnershipId: string;
  item: { id: string; assigneeId: string | null; dueDate: string | null };
  people: PartnershipPerson[];
  action: PartnershipAction;
  t: Messages["checklist"];
  shared: Messages["partnership"];
};

/** Who does an item and by when; both can be cleared. */
export function ChecklistItemEditForm({ partnershipId, item, people, action, t, shared }: Props) {
  const defaults: UpdateChecklistItemInput = { partnershipId, itemId: item.id, assigneeId: item.assigneeId ?? "", dueDate: item.dueDate ?? "" };
  const { form, state, pending, onSubmit, serverError, formError } = usePartnershipForm({ schema: updateChecklistItemSchema, action, defaultValues: defaults });
  const { errors } = form.formState;
  const assigneeError = resolveError(errors.assigneeId?.message ?? serverError("assigneeId"), t.errors, shared.formErrors);
  const dueError = resolveError(errors.dueDate?.message ?? serverError("dueDate"), t.errors, shared.formErrors);
  const base = `checklist-${item.id}`;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 space-y-3">
      {state.status === "saved" ? <Notice tone="success">{t.updated}</Notice> : null}
      {formError ? <Notice tone="error">{resolveError(formError, t.errors, shared.formErrors)}</Notice> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${base}-assignee`} label={t.assignee} error={assigneeError}>
          <select id={`${base}-assignee`} className={inputClass} {...describedBy(`${base}-assignee`, { error: assigneeError })} {...form.register("assigneeId")}>
            <PersonOptions people={people} t={t} />
          </select>
        </Field>
        <Field id={`${base}-due`} label={t.dueDate} hint={t.dueDateHint} error={dueError}>
          <input id={`${base}-due`} type="date" className={inputClass} {...describedBy(`${base}-due`, { hint: t.dueDateHint, error: dueError })} {...form.register("dueDate")} />
        </Field>
      </div>
      <button type="submit" className={buttonStyles.secondary} disabled={pending}>{pending ? shared.saving : shared.save}</button>
    </form>
  );
}
