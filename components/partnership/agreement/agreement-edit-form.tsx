"use client";

import { useEffect } from "react";
import { CheckboxField, FormMessage, HiddenFields, SubmitButton, TextareaField, TextField, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { updateAgreementAction } from "@/lib/actions/partnerships/update-agreement";
import { format } from "@/lib/i18n/define-section";
import { AGREEMENT_TEXT_FIELDS, updateAgreementSchema, type AgreementTextField } from "@/lib/partnerships/agreement/agreement-schema";
import { agreementText, type AgreementTexts } from "./agreement-texts";

type AgreementValues = Record<AgreementTextField, string> & { revision: number; startsOn: string; endsOn: string };
type Props = { partnershipId: string; agreement: AgreementValues; acceptedBy: string[]; t: AgreementTexts };

/**
 * Edits the agreement's text. It sends the revision it was opened on (a concurrent edit
 * answers "conflict"); when the revision has acceptances it says clearly that saving
 * cancels them and asks to confirm with a checkbox.
 */
export function AgreementEditForm({ partnershipId, agreement, acceptedBy, t }: Props) {
  const a = t.agreement;
  const { revision, ...content } = agreement;
  const defaults = { ...content, partnershipId, expectedRevision: revision, confirmCancelAcceptances: false };
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({ schema: updateAgreementSchema, action: updateAgreementAction, defaultValues: defaults });

  // After a save the page re-renders with the new revision: start again from it.
  const serialized = JSON.stringify(defaults);
  const { reset } = form;
  useEffect(() => {
    reset(JSON.parse(serialized) as typeof defaults);
  }, [serialized, reset]);

  const text = (key: string | undefined) => agreementText(t, key);
  const needsConfirm = acceptedBy.length > 0;
  return (
    <details className="max-w-3xl rounded-lg border border-line p-4" open={state.status === "error" || undefined}>
      <summary className="min-h-11 cursor-pointer py-2 text-xl font-bold">{a.editTitle}</summary>
      <form action={formAction} onSubmit={onSubmit} noValidate className="mt-4 space-y-5">
        <p className="text-muted">{a.editLead}</p>
        {needsConfirm ? <Notice tone="warning">{format(a.editWarning, { who: acceptedBy.join(", ") })}</Notice> : null}
        <FormMessage state={state} error={text(formError)} saved={format(a.saved, { revision })} />
        <HiddenFields values={{ partnershipId, expectedRevision: String(revision) }} />
        <div className="grid gap-4 sm:grid-cols-2">
          {(["startsOn", "endsOn"] as const).map((name) => (
            <TextField key={name} id={`agreement-${name}`} type="date" label={a.fields[name]} error={text(errorOf(name))} registration={form.register(name)} />
          ))}
        </div>
        {AGREEMENT_TEXT_FIELDS.map((name) => (
          <TextareaField key={name} id={`agreement-${name}`} rows={6} label={a.fields[name]} error={text(errorOf(name))} registration={form.register(name)} />
        ))}
        {needsConfirm ? (
          <CheckboxField id="agreement-confirmCancel" label={a.confirmCancel} error={text(errorOf("confirmCancelAcceptances"))} registration={form.register("confirmCancelAcceptances")} />
        ) : null}
        <SubmitButton variant={needsConfirm ? "danger" : "primary"} pending={pending} pendingLabel={t.partnership.saving}>{a.saveEdit}</SubmitButton>
      </form>
    </details>
  );
}
