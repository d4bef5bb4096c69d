"use client";

import { useActionState } from "react";
import { HiddenFields, SubmitButton, type FormServerAction } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { IDLE } from "@/lib/actions/action-state";
import type { Messages } from "@/lib/i18n/get-messages";

type Props = {
  action: FormServerAction;
  /** What the person typed in the signup form: the owners are told name and e-mail. */
  values: { taxCode: string; name: string; email: string };
  t: Messages["members"]["join"];
  /** The text of an error key (the signup form's catalogues). */
  text: (key: string | undefined) => string | undefined;
};

/**
 * Offered when the tax code is already signed up: instead of a dead end, ask the
 * organisation's owners to invite this person. The answer never says whether they were told.
 */
export function JoinRequest({ action, values, t, text }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  if (state.status === "success") return <Notice tone="success">{t.sent}</Notice>;
  const fieldError = Object.values(state.fieldErrors ?? {})[0];
  const error = state.status === "error" ? text(state.message === "formHasErrors" && fieldError ? fieldError : state.message) : undefined;
  return (
    <form action={formAction} className="rounded-md border border-line bg-surface p-4" aria-label={t.ask}>
      <p>{t.offer}</p>
      <HiddenFields values={values} />
      <SubmitButton variant="secondary" pending={pending} pendingLabel={t.asking} className="mt-3">{t.ask}</SubmitButton>
      {error ? <p role="alert" className="mt-2 text-danger">{error}</p> : null}
    </form>
  );
}
