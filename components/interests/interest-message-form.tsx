"use client";

import { FormMessage, HiddenFields, SubmitButton, TextareaField, useActionForm, type FormServerAction } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import type { Messages } from "@/lib/i18n/get-messages";
import { expressInterestSchema, type ExpressInterestInput } from "@/lib/interests/interest-schemas";
import { interestText } from "./interest-text";

type Props = {
  organizationId: string;
  organizationName: string;
  t: Messages["suggestions"];
  forms: Messages["forms"];
  action: FormServerAction;
};

/** The "Mi interessa" form: a message to the other organisation, validated on both sides. */
export function InterestMessageForm({ organizationId, organizationName, t, forms, action }: Props) {
  const defaults: ExpressInterestInput = { organizationId, message: "" };
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({
    schema: expressInterestSchema,
    action,
    defaultValues: defaults,
  });
  const text = interestText(t, forms);

  // From a suggestion card the action redirects and the page says it; elsewhere, here.
  if (state.status === "success") return <Notice tone="success">{t.interestSent}</Notice>;
  const fieldId = `message-${organizationId}`;
  // The organisation gone (or never there) is the form's problem, not its hidden field's.
  const targetError = errorOf("organizationId") ? "notFound" : undefined;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3" aria-label={`${t.expressTitle}: ${organizationName}`}>
      <FormMessage state={state} error={text(formError ?? targetError)} />
      <HiddenFields values={{ organizationId }} />
      <TextareaField id={fieldId} label={t.message} hint={t.expressHelp} maxLength={1000} rows={5} registration={form.register("message")} error={text(errorOf("message"))} />
      <SubmitButton pending={pending} pendingLabel={t.sending}>{t.send}</SubmitButton>
    </form>
  );
}
