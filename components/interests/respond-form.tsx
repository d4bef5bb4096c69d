"use client";

import { useActionState } from "react";
import { FormMessage, HiddenFields, SubmitButton, TextareaField, type FormServerAction } from "@/components/ui/form";
import { fieldErrorOf, IDLE } from "@/lib/actions/action-state";
import type { Messages } from "@/lib/i18n/get-messages";
import { interestText } from "./interest-text";

type Props = {
  interestId: string;
  organizationName: string;
  action: FormServerAction;
  t: Messages["suggestions"];
  forms: Messages["forms"];
};

/**
 * Accept or decline, with an optional answer. The decision is the pressed button, known only
 * to the submitted form, so the server alone checks it (the answer's length is bounded here
 * by maxLength).
 */
export function RespondForm({ interestId, organizationName, action, t, forms }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const text = interestText(t, forms);
  const messageError = text(fieldErrorOf(state, "message"));
  const formError = state.status === "error" && !messageError ? (state.message === "formHasErrors" ? "invalid" : state.message) : undefined;
  return (
    <form action={formAction} className="mt-4 space-y-3">
      <FormMessage state={state} error={text(formError)} />
      <HiddenFields values={{ interestId }} />
      <TextareaField id={`answer-${interestId}`} name="message" label={t.answerOptional} maxLength={1000} error={messageError} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton name="decision" value="accept" pending={pending} aria-label={`${t.accept}: ${organizationName}`}>{t.accept}</SubmitButton>
        <SubmitButton name="decision" value="decline" variant="danger" pending={pending} aria-label={`${t.decline}: ${organizationName}`}>{t.decline}</SubmitButton>
      </div>
    </form>
  );
}
