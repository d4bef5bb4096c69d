"use client";

import { FormMessage, HiddenFields, SelectField, SubmitButton, TextareaField, translateKey, useActionForm } from "@/components/ui/form";
import { answerEndRequestAction } from "@/lib/actions/partnerships/answer-end-request";
import type { Messages } from "@/lib/i18n/get-messages";
import { END_REASON_MAX_LENGTH, answerEndRequestSchema, type AnswerEndRequestInput } from "@/lib/partnerships/end-request/end-request-schemas";

/** Staff answer one request to end: agreed, or let us talk first, with a message to both parties. */
export function AnswerEndRequestForm({ partnershipId, requestId, t, forms }: { partnershipId: string; requestId: string; t: Messages["endRequest"]; forms: Messages["forms"] }) {
  const defaults = { partnershipId, requestId, decision: undefined, answer: "" } as unknown as AnswerEndRequestInput;
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({ schema: answerEndRequestSchema, action: answerEndRequestAction, defaultValues: defaults });
  const text = (key: string | undefined) => translateKey(key, t.errors, forms);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="mt-3 space-y-3">
      <FormMessage state={state} error={text(formError)} saved={t.answered} />
      <HiddenFields values={{ partnershipId, requestId }} />
      <SelectField
        id={`end-decision-${requestId}`}
        label={t.decision}
        placeholder="—"
        options={(["CONFIRMED", "DISCUSS"] as const).map((decision) => ({ value: decision, label: t.decisions[decision] }))}
        error={text(errorOf("decision"))}
        registration={form.register("decision")}
      />
      <TextareaField id={`end-answer-${requestId}`} label={t.answer} hint={t.answerHint} rows={3} maxLength={END_REASON_MAX_LENGTH} error={text(errorOf("answer"))} registration={form.register("answer")} />
      <SubmitButton pending={pending} pendingLabel={t.sending}>{t.sendAnswer}</SubmitButton>
    </form>
  );
}
