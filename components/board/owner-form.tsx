"use client";

import { useId } from "react";
import { FormMessage, HiddenFields, SelectField, SubmitButton, translateKey, useActionForm, type FormServerAction } from "@/components/ui/form";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import { assignStaffOwnerSchema, type AssignStaffOwnerInput } from "@/lib/partnerships/board/assign-staff-owner-schema";
import { boardErrors } from "./board-errors";
import { LazyDetails } from "./lazy-details";
import type { BoardCard } from "./types";

type Props = {
  card: BoardCard;
  staff: { id: string; name: string }[];
  t: Messages["board"];
  forms: Messages["forms"];
  action: FormServerAction;
};

/** Sets or clears a partnership's CSV contact, from the card's menu (rendered once the menu opens). */
export function OwnerForm(props: Props) {
  return (
    <LazyDetails className="open:basis-full" summaryClassName="min-h-11 cursor-pointer py-2 text-sm font-semibold text-primary" summary={props.t.ownerMenu}>
      <OwnerFormBody {...props} />
    </LazyDetails>
  );
}

function OwnerFormBody({ card, staff, t, forms, action }: Props) {
  const defaults: AssignStaffOwnerInput = { partnershipId: card.id, staffOwnerId: card.ownerId ?? "" };
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({ schema: assignStaffOwnerSchema, action, defaultValues: defaults });
  const id = useId();
  const text = (key: string | undefined) => translateKey(key, boardErrors(t), forms);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="mt-1 flex flex-col items-start gap-2">
      <HiddenFields values={{ partnershipId: card.id }} />
      <SelectField
        id={`${id}-owner`}
        label={format(t.ownerLabel, { title: card.title })}
        error={text(errorOf("staffOwnerId"))}
        placeholder={t.ownerNone}
        options={staff.map((person) => ({ value: person.id, label: person.name }))}
        className="w-full min-w-0 text-sm"
        registration={form.register("staffOwnerId")}
      />
      <SubmitButton variant="secondary" pending={pending}>
        {t.ownerSave}
      </SubmitButton>
      <FormMessage state={state} error={text(formError)} saved={t.ownerSaved} />
    </form>
  );
}
