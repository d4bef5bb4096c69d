"use client";

import { FormMessage, SubmitButton, TextField, useActionForm } from "@/components/ui/form";
import { requestEmailChangeSchema } from "@/lib/account/account-schemas";
import { requestEmailChangeAction } from "@/lib/actions/account/request-email-change";
import { accountErrorText, type AccountFormTexts } from "./account-texts";

export function EmailChangeForm({ texts }: { texts: AccountFormTexts }) {
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({
    schema: requestEmailChangeSchema,
    action: requestEmailChangeAction,
    defaultValues: { newEmail: "", currentPassword: "" },
    resetOnSuccess: true,
  });
  const a = texts.account;
  const text = (key: string | undefined) => accountErrorText(texts, key);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl space-y-5">
      <FormMessage state={state} error={text(formError)} saved={a.emailChangeRequested} />
      <TextField id="account-new-email" type="email" label={a.newEmailLabel} autoComplete="email" registration={form.register("newEmail")} error={text(errorOf("newEmail"))} />
      <TextField id="account-email-password" type="password" label={a.currentPasswordLabel} autoComplete="current-password" registration={form.register("currentPassword")} error={text(errorOf("currentPassword"))} />
      <SubmitButton pending={pending} pendingLabel={a.requestingEmailChange}>{a.requestEmailChange}</SubmitButton>
    </form>
  );
}
