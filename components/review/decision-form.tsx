"use client";

import { useActionState } from "react";
import { FormMessage, HiddenFields, SubmitButton, TextareaField, translateKey, type FormServerAction } from "@/components/ui/form";
import { fieldErrorOf, IDLE } from "@/lib/actions/action-state";
import type { Messages } from "@/lib/i18n/get-messages";

export type DecisionTexts = {
  decision: string;
  decisionHint: string;
  message: string;
  approve: string;
  requestChanges: string;
  reject: string;
  errors: Record<string, string>;
};

type Props = { organizationId: string; canApprove: boolean; texts: DecisionTexts; forms: Messages["forms"]; action: FormServerAction };

/**
 * Approve, ask for changes or reject, with one message box. Which decision is the pressed
 * button, known only to the submitted form, so the server alone checks the message against
 * that decision's rule.
 */
export function DecisionForm({ organizationId, canApprove, texts, forms, action }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const text = (key: string | undefined) => translateKey(key, texts.errors, forms);
  const fieldError = text(fieldErrorOf(state, "message"));
  const formError = state.status === "error" && !fieldError ? text(state.message === "formHasErrors" ? "invalid" : state.message) : undefined;
  return (
    <form action={formAction} className="space-y-4" aria-labelledby="decision-title">
      <h2 id="decision-title" className="text-xl font-bold">{texts.decision}</h2>
      <FormMessage state={state} error={formError} />
      <HiddenFields values={{ organizationId }} />
      <TextareaField id="decision-message" name="message" label={texts.message} hint={texts.decisionHint} rows={5} maxLength={2000} error={fieldError} />
      <div className="flex flex-wrap gap-3">
        {canApprove ? <SubmitButton name="decision" value="approve" pending={pending}>{texts.approve}</SubmitButton> : null}
        <SubmitButton name="decision" value="request-changes" variant="secondary" pending={pending}>{texts.requestChanges}</SubmitButton>
        <SubmitButton name="decision" value="reject" variant="danger" pending={pending}>{texts.reject}</SubmitButton>
      </div>
    </form>
  );
}
