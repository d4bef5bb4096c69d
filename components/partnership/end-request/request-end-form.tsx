"use client";

import { FormMessage, HiddenFields, SubmitButton, TextareaField, translateKey, useActionForm } from "@/components/ui/form";
import { requestPartnershipEndAction } from "@/lib/actions/partnerships/request-partnership-end";
import type { Messages } from "@/lib/i18n/get-messages";
import { END_REASON_MAX_LENGTH, requestEndSchema, type RequestEndInput } from "@/lib/partnerships/end-request/end-request-schemas";

/** "Vorremmo concludere / interrompere": the intent and a reason, for the viewer's party. */
export function RequestEndForm({ partnershipId, t, forms }: { partnershipId: string; t: Messages["endRequest"]; forms: Messages["forms"] }) {
  const defaults = { partnershipId, intent: undefined, reason: "" } as unknown as RequestEndInput;
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({ schema: requestEndSchema, action: requestPartnershipEndAction, defaultValues: defaults, resetOnSuccess: true });
  const text = (key: string | undefined) => translateKey(key, t.errors, forms);
  const intentError = text(errorOf("intent"));
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="mt-4 space-y-4">
      <FormMessage state={state} error={text(formError)} saved={t.sent} />
      <HiddenFields values={{ partnershipId }} />
      <fieldset aria-describedby={intentError ? "end-intent-error" : undefined}>
        <legend className="font-semibold">{t.intent}</legend>
        {(["COMPLETE", "DISCONTINUE"] as const).map((intent) => (
          <div key={intent} className="mt-2 flex items-start gap-3">
            <input id={`end-intent-${intent}`} type="radio" value={intent} className="mt-1 size-5" {...form.register("intent")} />
            <label htmlFor={`end-intent-${intent}`}>{t.intents[intent]}</label>
          </div>
        ))}
        {intentError ? <p id="end-intent-error" className="mt-1 text-danger">{intentError}</p> : null}
      </fieldset>
      <TextareaField id="end-reason" label={t.reason} hint={t.reasonHint} error={text(errorOf("reason"))} maxLength={END_REASON_MAX_LENGTH} registration={form.register("reason")} />
      <SubmitButton pending={pending} pendingLabel={t.sending} variant="danger">{t.submit}</SubmitButton>
    </form>
  );
}
