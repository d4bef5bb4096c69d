"use client";

import { useActionState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";

type DecisionState = { error?: string; fieldError?: string } | undefined;

export type DecisionTexts = {
  decision: string;
  decisionHint: string;
  message: string;
  approve: string;
  requestChanges: string;
  reject: string;
  errors: Record<string, string>;
};

/** Approve, ask for changes or reject, with one message box; the server checks the message. */
export function DecisionForm({
  organizationId,
  canApprove,
  texts,
  action,
}: {
  organizationId: string;
  canApprove: boolean;
  texts: DecisionTexts;
  action: (state: DecisionState, formData: FormData) => Promise<DecisionState>;
}) {
  const [state, formAction, pending] = useActionState(action, undefined);
  const fieldError = state?.fieldError ? (texts.errors[state.fieldError] ?? state.fieldError) : undefined;
  const formError = state?.error ? (texts.errors[state.error] ?? state.error) : undefined;
  return (
    <form action={formAction} className="space-y-4" aria-labelledby="decision-title">
      <h2 id="decision-title" className="text-xl font-bold">{texts.decision}</h2>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <input type="hidden" name="organizationId" value={organizationId} />
      <div>
        <label htmlFor="decision-message" className="font-semibold">{texts.message}</label>
        <p id="decision-hint" className="text-sm text-muted">{texts.decisionHint}</p>
        <textarea
          id="decision-message"
          name="message"
          rows={5}
          maxLength={2000}
          className="mt-1 block w-full rounded-md border-2 border-muted bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger"
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? "decision-hint decision-error" : "decision-hint"}
        />
        {fieldError ? <p id="decision-error" className="mt-1 font-semibold text-danger">{fieldError}</p> : null}
      </div>
      <div className="flex flex-wrap gap-3">
        {canApprove ? <button type="submit" name="decision" value="approve" className={buttonStyles.primary} disabled={pending}>{texts.approve}</button> : null}
        <button type="submit" name="decision" value="request-changes" className={buttonStyles.secondary} disabled={pending}>{texts.requestChanges}</button>
        <button type="submit" name="decision" value="reject" className={buttonStyles.danger} disabled={pending}>{texts.reject}</button>
      </div>
    </form>
  );
}
