"use client";

import { FormMessage, HiddenFields, SelectField, SubmitButton, TextField, translateKey, useActionForm, type FormServerAction } from "@/components/ui/form";
import type { Messages } from "@/lib/i18n/get-messages";
import { addChecklistItemSchema, type AddChecklistItemInput } from "@/lib/partnerships/checklist/checklist-schemas";
import type { PartnershipPerson } from "@/lib/partnerships/checklist/partnership-people";
import { personOptions } from "./person-options";

type Props = {
  partnershipId: string;
  people: PartnershipPerson[];
  action: FormServerAction;
  t: Messages["checklist"];
  shared: Messages["partnership"];
  forms: Messages["forms"];
};

/** A new item of the current phase: what, optionally who and by when. */
export function ChecklistAddForm({ partnershipId, people, action, t, shared, forms }: Props) {
  const defaults: AddChecklistItemInput = { partnershipId, text: "", assigneeId: "", dueDate: "" };
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({ schema: addChecklistItemSchema, action, defaultValues: defaults, resetOnSuccess: true });
  const text = (key: string | undefined) => translateKey(key, t.errors, shared.formErrors, forms);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-line bg-surface p-4" aria-labelledby="checklist-add-title">
      <h3 id="checklist-add-title" className="text-lg font-bold">{t.addTitle}</h3>
      <FormMessage state={state} error={text(formError)} saved={t.added} />
      <HiddenFields values={{ partnershipId }} />
      <TextField id="checklist-new-text" type="text" label={t.text} error={text(errorOf("text"))} registration={form.register("text")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id="checklist-new-assignee"
          label={`${t.assignee} (${shared.optional})`}
          options={personOptions(people, t)}
          error={text(errorOf("assigneeId"))}
          registration={form.register("assigneeId")}
        />
        <TextField id="checklist-new-due" type="date" label={`${t.dueDate} (${shared.optional})`} hint={t.dueDateHint} error={text(errorOf("dueDate"))} registration={form.register("dueDate")} />
      </div>
      <SubmitButton pending={pending} pendingLabel={shared.adding}>{t.addButton}</SubmitButton>
    </form>
  );
}
