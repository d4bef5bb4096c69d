"use client";

import { FormMessage, SubmitButton, TextField, useActionForm, type FormServerAction } from "@/components/ui/form";
import type { Messages } from "@/lib/i18n/get-messages";
import { emailRequestSchema, type EmailRequestInput } from "@/lib/signup/signup-schema";
import { signupText } from "./signup-text";

type EmailRequestFormProps = {
  action: FormServerAction;
  /** The same answer whatever the address: no account is revealed. */
  doneMessage: string;
  submitLabel: string;
  submittingLabel: string;
  t: Messages["signup"];
  forms: Messages["forms"];
};

/** One e-mail field that asks for a link: password reset, or verification again. */
export function EmailRequestForm({ action, doneMessage, submitLabel, submittingLabel, t, forms }: EmailRequestFormProps) {
  const defaults: EmailRequestInput = { email: "" };
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({ schema: emailRequestSchema, action, defaultValues: defaults });
  const text = signupText(t, forms);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      <FormMessage state={state} error={text(formError)} saved={doneMessage} />
      <TextField id="email" label={t.email} type="email" autoComplete="email" registration={form.register("email")} error={text(errorOf("email"))} />
      <SubmitButton pending={pending} pendingLabel={submittingLabel}>{submitLabel}</SubmitButton>
    </form>
  );
}
