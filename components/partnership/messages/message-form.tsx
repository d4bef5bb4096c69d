"use client";

import { buttonStyles } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import type { Messages } from "@/lib/i18n/get-messages";
import { postMessageSchema, type PostMessageInput } from "@/lib/partnerships/messages/message-schemas";
import { describedBy, Field, inputClass } from "../collab/field";
import { resolveError, usePartnershipForm, type PartnershipAction } from "../collab/use-partnership-form";

type Props = {
  id: string;
  partnershipId: string;
  label: string;
  hint: string;
  submitLabel: string;
  savedLabel: string;
  action: PartnershipAction;
  t: Messages["messages"];
  shared: Messages["partnership"];
};

/** A text to post (a message to the thread, or a staff note): the two share their rules (1–4000 characters). */
export function MessageForm({ id, partnershipId, label, hint, submitLabel, savedLabel, action, t, shared }: Props) {
  const defaults: PostMessageInput = { partnershipId, body: "" };
  const { form, state, pending, onSubmit, serverError, formError } = usePartnershipForm({ schema: postMessageSchema, action, defaultValues: defaults, resetOnSave: true });
  const error = resolveError(form.formState.errors.body?.message ?? serverError("body"), t.errors, shared.formErrors);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      {state.status === "saved" ? <Notice tone="success">{savedLabel}</Notice> : null}
      {formError ? <Notice tone="error">{resolveError(formError, t.errors, shared.formErrors)}</Notice> : null}
      <input type="hidden" {...form.register("partnershipId")} />
      <Field id={id} label={label} hint={hint} error={error}>
        <textarea id={id} rows={4} maxLength={4000} className={inputClass} {...describedBy(id, { hint, error })} {...form.register("body")} />
      </Field>
      <button type="submit" className={buttonStyles.primary} disabled={pending}>{pending ? t.sending : submitLabel}</button>
    </form>
  );
}
