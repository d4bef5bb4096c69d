"use client";

import { useId } from "react";
import { FormMessage, HiddenFields, SubmitButton, TextareaField, translateKey, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { buttonStyles } from "@/components/ui/button-styles";
import { dismissCheckInAction } from "@/lib/actions/partnerships/dismiss-check-in";
import type { Messages } from "@/lib/i18n/get-messages";
import { dismissCheckInSchema } from "@/lib/partnerships/monitoring/monitoring-schemas";

type Props = {
  t: Messages["monitoring"];
  catalogues: Array<Record<string, string>>;
  partnershipId: string;
  checkInId: string;
};

/** "We would rather not answer": closed by default, a reason for staff when opened. */
export function DismissCheckInForm({ t, catalogues, partnershipId, checkInId }: Props) {
  const id = useId();
  const defaults = { partnershipId, checkInId, reason: "" };
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({ schema: dismissCheckInSchema, action: dismissCheckInAction, defaultValues: defaults });
  if (state.status === "success") return <Notice tone="success">{t.dismissed}</Notice>;
  const text = (key: string | undefined) => translateKey(key, ...catalogues);
  return (
    <details>
      <summary className={`${buttonStyles.quiet} cursor-pointer px-0`}>{t.dismissOpen}</summary>
      <form action={formAction} onSubmit={onSubmit} noValidate className="mt-3 space-y-3">
        <FormMessage state={state} error={text(formError)} />
        <HiddenFields values={{ partnershipId, checkInId }} />
        <TextareaField id={`${id}-reason`} rows={2} maxLength={500} label={t.dismissReason} error={text(errorOf("reason"))} registration={form.register("reason")} />
        <SubmitButton variant="secondary" pending={pending} pendingLabel={t.pendingSubmitting}>{t.dismissSubmit}</SubmitButton>
      </form>
    </details>
  );
}
