"use client";

import { Notice } from "@/components/ui/notice";
import { buttonStyles } from "@/components/ui/button-styles";
import type { Messages } from "@/lib/i18n/get-messages";
import { addChecklistItemSchema, type AddChecklistItemInput } from "@/lib/partnerships/checklist/checklist-schemas";
import type { PartnershipPerson } from "@/lib/partnerships/checklist/partnership-people";
import { describedBy, Field, inputClass } from "../collab/field";
import { resolveError, usePartnershipForm, type PartnershipAction } from "../collab/use-partnership-form";
import { PersonOptions } from "./person-options";

type Props = { partnershipId: string; people: PartnershipPerson[]; action: PartnershipAction; t: Messages["checklist"]; shared: Messages["partnership"] };

/** A new item of the current phase: what, optionally who and by when. */
export function ChecklistAddForm({ partnershipId, people, action, t, shared }: Props) {
  const defaults: AddChecklistItemInput = { partnershipId, text: "", assigneeId: "", dueDate: "" };
  const { form, state, pending, onSubmit, serverError, formError } = usePartnershipForm({ schema: addChecklistItemSchema, action, defaultValues: defaults, resetOnSave: true });
  const { errors } = form.formState;
  const error = (field: keyof AddChecklistItemInput) => resolveError(errors[field]?.message ?? serverError(field), t.errors, shared.formErrors);
  const textError = error("text");
  const assigneeError = error("assigneeId");
  const dueError = error("dueDate");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-line bg-surface p-4" aria-labelledby="checklist-add-title">
      <h3 id="checklist-add-title" className="text-lg font-bold">{t.addTitle}</h3>
      {state.status === "saved" ? <Notice tone="success">{t.added}</Notice> : null}
      {formError ? <Notice tone="error">{resolveError(formError, t.errors, shared.formErrors)}</Notice> : null}
      <input type="hidden" {...form.register("partnershipId")} />
      <Field id="checklist-new-text" label={t.text} error={textError}>
        <input id="checklist-new-text" type="text" className={inputClass} {...describedBy("checklist-new-text", { error: textError })} {...form.register("text")} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="checklist-new-assignee" label={`${t.assignee} (${shared.optional})`} error={assigneeError}>
          <select id="checklist-new-assignee" className={inputClass} {...describedBy("checklist-new-assignee", { error: assigneeError })} {...form.register("assigneeId")}>
            <PersonOptions people={people} t={t} />
          </select>
        </Field>
        <Field id="checklist-new-due" label={`${t.dueDate} (${shared.optional})`} hint={t.dueDateHint} error={dueError}>
          <input id="checklist-new-due" type="date" className={inputClass} {...describedBy("checklist-new-due", { hint: t.dueDateHint, error: dueError })} {...form.register("dueDate")} />
        </Field>
      </div>
      <button type="submit" className={buttonStyles.primary} disabled={pending}>{pending ? shared.adding : t.addButton}</button>
    </form>
  );
}
