"use client";

import { FormMessage, HiddenFields, SelectField, SubmitButton, TextField, translateKey, useActionForm, type FormServerAction } from "@/components/ui/form";
import type { Messages } from "@/lib/i18n/get-messages";
import { updateChecklistItemSchema, type UpdateChecklistItemInput } from "@/lib/partnerships/checklist/checklist-schemas";
import type { PartnershipPerson } from "@/lib/partnerships/checklist/partnership-people";
import { personOptions } from "./person-options";

type Props = {
  partnershipId: string;
  item: { id: string; assigneeId: string | null; dueDate: string | null };
  people: PartnershipPerson[];
  action: FormServerAction;
  t: Messages["checklist"];
  shared: Messages["partnership"];
  forms: Messages["forms"];
};

/** Who does an item and by when; both can be cleared. */
export function ChecklistItemEditForm({ partnershipId, item, people, action, t, shared, forms }: Props) {
  const defaults: UpdateChecklistItemInput = { partnershipId, itemId: item.id, assigneeId: item.assigneeId ?? "", dueDate: item.dueDate ?? "" };
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({ schema: updateChecklistItemSchema, action, defaultValues: defaults });
  const text = (key: string | undefined) => translateKey(key, t.errors, shared.formErrors, forms);
  const base = `checklist-${item.id}`;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="mt-3 space-y-3">
      <FormMessage state={state} error={text(formError)} saved={t.updated} />
      <HiddenFields values={{ partnershipId, itemId: item.id }} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          id={`${base}-assignee`}
          label={t.assignee}
          options={personOptions(people, t)}
          defaultValue={defaults.assigneeId}
          error={text(errorOf("assigneeId"))}
          registration={form.register("assigneeId")}
        />
        <TextField id={`${base}-due`} type="date" label={t.dueDate} hint={t.dueDateHint} defaultValue={defaults.dueDate} error={text(errorOf("dueDate"))} registration={form.register("dueDate")} />
      </div>
      <SubmitButton variant="secondary" pending={pending} pendingLabel={shared.saving}>{shared.save}</SubmitButton>
    </form>
  );
}
