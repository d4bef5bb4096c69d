"use client";

import { useId } from "react";
import { FormMessage, HiddenFields, SubmitButton, TextareaField, TextField, translateKey, useActionForm } from "@/components/ui/form";
import { renewPartnershipAction } from "@/lib/actions/partnerships/renew-partnership";
import type { Messages } from "@/lib/i18n/get-messages";
import { renewPartnershipSchema } from "@/lib/partnerships/closing/closing-schemas";

type Props = {
  t: Messages["closing"];
  titleGoal: Messages["titleGoal"];
  forms: Messages["forms"];
  partnershipId: string;
  proposed: { title: string; commonGoal: string };
};

/** The renewal asks to confirm or rewrite its title and goal; the action opens it and takes the viewer there. */
export function RenewForm({ t, titleGoal, forms, partnershipId, proposed }: Props) {
  const id = useId();
  const defaults = { partnershipId, ...proposed };
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({ schema: renewPartnershipSchema, action: renewPartnershipAction, defaultValues: defaults });
  const text = (key: string | undefined) => translateKey(key, t.errors, titleGoal.errors, forms);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="mt-4 max-w-3xl space-y-4">
      <p className="text-muted">{titleGoal.renewLead}</p>
      <FormMessage state={state} error={text(formError)} />
      <HiddenFields values={{ partnershipId }} />
      <TextField id={`${id}-title`} label={titleGoal.title} maxLength={200} error={text(errorOf("title"))} registration={form.register("title")} />
      <TextareaField id={`${id}-goal`} label={titleGoal.commonGoal} rows={4} maxLength={2000} error={text(errorOf("commonGoal"))} registration={form.register("commonGoal")} />
      <SubmitButton pending={pending} pendingLabel={t.renewing}>{t.renew}</SubmitButton>
    </form>
  );
}
