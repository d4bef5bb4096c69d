"use client";

import { useId } from "react";
import { CheckboxField, FormMessage, HiddenFields, SubmitButton, TextareaField, TextField, translateKey, useActionForm } from "@/components/ui/form";
import { buttonStyles } from "@/components/ui/button-styles";
import { updateTitleAndGoalAction } from "@/lib/actions/partnerships/update-title-and-goal";
import type { Messages } from "@/lib/i18n/get-messages";
import { updateTitleGoalSchema, type UpdateTitleGoalInput } from "@/lib/partnerships/goal/title-goal-schema";

type Props = {
  t: Messages["titleGoal"];
  p: Messages["partnership"];
  forms: Messages["forms"];
  partnershipId: string;
  title: string;
  commonGoal: string;
  /** One side accepted the agreement: the change needs an explicit confirmation. */
  needsConfirmation: boolean;
};

/** Both partners and staff rewrite the title and the goal, behind a disclosure under the header. */
export function TitleGoalForm({ t, p, forms, partnershipId, title, commonGoal, needsConfirmation }: Props) {
  const id = useId();
  const defaults: UpdateTitleGoalInput = { partnershipId, title, commonGoal };
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({ schema: updateTitleGoalSchema, action: updateTitleAndGoalAction, defaultValues: defaults });
  const text = (key: string | undefined) => translateKey(key, t.errors, p.formErrors, forms);
  return (
    <details className="mt-4">
      <summary className={`${buttonStyles.quiet} cursor-pointer px-0`}>{t.edit}</summary>
      <form action={formAction} onSubmit={onSubmit} noValidate className="mt-3 max-w-3xl space-y-4">
        <p className="text-muted">{t.lead}</p>
        <FormMessage state={state} error={text(formError)} saved={t.saved} />
        <HiddenFields values={{ partnershipId }} />
        <TextField id={`${id}-title`} label={t.title} maxLength={200} error={text(errorOf("title"))} registration={form.register("title")} />
        <TextareaField id={`${id}-goal`} label={t.commonGoal} rows={4} maxLength={2000} error={text(errorOf("commonGoal"))} registration={form.register("commonGoal")} />
        {needsConfirmation ? (
          <CheckboxField id={`${id}-confirm`} label={t.confirmCancelAcceptances} error={text(errorOf("confirmCancelAcceptances"))} registration={form.register("confirmCancelAcceptances")} />
        ) : null}
        <SubmitButton pending={pending} pendingLabel={p.saving}>{p.save}</SubmitButton>
      </form>
    </details>
  );
}
