"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useEffect } from "react";
import { useForm } from "react-hook-form";
import { updateAgreementAction } from "@/app/_actions/partnerships/agreement";
import { buttonStyles } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import { format } from "@/lib/i18n/define-section";
import { AGREEMENT_TEXT_FIELDS, updateAgreementSchema, type AgreementTextField } from "@/lib/partnerships/agreement/agreement-schema";
import { errorText, formErrorText, inputClass, type AgreementTexts } from "./agreement-texts";

type AgreementValues = Record<AgreementTextField, string> & { revision: number; startsOn: string; endsOn: string };
type Props = { partnershipId: string; agreement: AgreementValues; acceptedBy: string[]; t: AgreementTexts };
type FieldName = AgreementTextField | "startsOn" | "endsOn" | "confirmCancelAcceptances";

/**
 * Edits the agreement's text. It sends the revision it was opened on (a concurrent edit
 * answers "conflict"); when the revision has acceptances it says clearly that saving
 * cancels them and asks to confirm with a checkbox.
 */
export function AgreementEditForm({ partnershipId, agreement, acceptedBy, t }: Props) {
  const a = t.agreement;
  const [state, action, pending] = useActionState(updateAgreementAction, { status: "idle" });
  const { revision, ...content } = agreement;
  const defaults = { ...content, partnershipId, expectedRevision: revision, confirmCancelAcceptances: false };
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm({ resolver: zodResolver(updateAgreementSchema), defaultValues: defaults });

  // After a save the page re-renders with the new revision: start again from it.
  const serialized = JSON.stringify(defaults);
  useEffect(() => {
    reset(JSON.parse(serialized) as typeof defaults);
  }, [serialized, reset]);

  const serverErrors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const fieldError = (name: FieldName) => errorText(t, errors[name]?.message ?? serverErrors[name]);
  const formError = formErrorText(t, state);
  const onSubmit = handleSubmit((values) => startTransition(() => action(values)));
  const needsConfirm = acceptedBy.length > 0;

  const describedBy = (name: FieldName) => (fieldError(name) ? `${name}-error` : undefined);
  const errorLine = (name: FieldName) => {
    const message = fieldError(name);
    return message ? <p id={`${name}-error`} className="mt-1 text-danger">{message}</p> : null;
  };

  return (
    <details className="max-w-3xl rounded-lg border border-line p-4" open={state.status === "error" || undefined}>
      <summary className="min-h-11 cursor-pointer py-2 text-xl font-bold">{a.editTitle}</summary>
      <form onSubmit={onSubmit} noValidate className="mt-4 space-y-5">
        <p className="text-muted">{a.editLead}</p>
        {needsConfirm ? <Notice tone="warning">{format(a.editWarning, { who: acceptedBy.join(", ") })}</Notice> : null}
        {formError ? <Notice tone="error">{formError}</Notice> : null}
        {state.status === "saved" ? <Notice tone="success">{format(a.saved, { revision })}</Notice> : null}
        <div className="grid gap-4 sm:grid-cols-2">
          {(["startsOn", "endsOn"] as const).map((name) => (
            <div key={name}>
              <label htmlFor={`agreement-${name}`} className="font-semibold">{a.fields[name]}</label>
              <input id={`agreement-${name}`} type="date" className={inputClass} aria-invalid={fieldError(name) ? true : undefined} aria-describedby={describedBy(name)} {...register(name)} />
              {errorLine(name)}
            </div>
          ))}
        </div>
        {AGREEMENT_TEXT_FIELDS.map((name) => (
          <div key={name}>
            <label htmlFor={`agreement-${name}`} className="font-semibold">{a.fields[name]}</label>
            <textarea id={`agreement-${name}`} rows={6} className={inputClass} aria-invalid={fieldError(name) ? true : undefined} aria-describedby={describedBy(name)} {...register(name)} />
            {errorLine(name)}
          </div>
        ))}
        {needsConfirm ? (
          <div>
            <div className="flex items-start gap-3">
              <input id="agreement-confirmCancel" type="checkbox" className="mt-1 size-6 shrink-0" aria-invalid={fieldError("confirmCancelAcceptances") ? true : undefined} aria-describedby={describedBy("confirmCancelAcceptances")} {...register("confirmCancelAcceptances")} />
              <label htmlFor="agreement-confirmCancel">{a.confirmCancel}</label>
            </div>
            {errorLine("confirmCancelAcceptances")}
          </div>
        ) : null}
        <button type="submit" className={needsConfirm ? buttonStyles.danger : buttonStyles.primary} disabled={pending}>
          {pending ? t.partnership.saving : a.saveEdit}
        </button>
      </form>
    </details>
  );
}
