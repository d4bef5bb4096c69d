"use client";

import { FormMessage, HiddenFields, SubmitButton, TextareaField, translateKey, useActionForm, type FormServerAction } from "@/components/ui/form";
import type { Messages } from "@/lib/i18n/get-messages";
import { MESSAGE_MAX_LENGTH, postMessageSchema, type PostMessageInput } from "@/lib/partnerships/messages/message-schemas";

type Props = {
  id: string;
  partnershipId: string;
  label: string;
  hint: string;
  submitLabel: string;
  savedLabel: string;
  action: FormServerAction;
  t: Messages["messages"];
  shared: Messages["partnership"];
  forms: Messages["forms"];
};

/** A text to post (a message to the thread, or a staff note): the two share their rules (1–4000 characters). */
export function MessageForm({ id, partnershipId, label, hint, submitLabel, savedLabel, action, t, shared, forms }: Props) {
  const defaults: PostMessageInput = { partnershipId, body: "" };
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({ schema: postMessageSchema, action, defaultValues: defaults, resetOnSuccess: true });
  const text = (key: string | undefined) => translateKey(key, t.errors, shared.formErrors, forms);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage state={state} error={text(formError)} saved={savedLabel} />
      <HiddenFields values={{ partnershipId }} />
      <TextareaField id={id} label={label} hint={hint} error={text(errorOf("body"))} maxLength={MESSAGE_MAX_LENGTH} registration={form.register("body")} />
      <SubmitButton pending={pending} pendingLabel={t.sending}>{submitLabel}</SubmitButton>
    </form>
  );
}
