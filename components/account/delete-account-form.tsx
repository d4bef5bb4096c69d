"use client";

import { FormMessage, SubmitButton, TextField, useActionForm } from "@/components/ui/form";
import { deleteAccountSchema } from "@/lib/account/account-schemas";
import { deleteAccountAction } from "@/lib/actions/account/delete-account";
import { accountErrorText, type AccountFormTexts } from "./account-texts";

// On success the action redirects to the farewell page: there is no "saved" state to show.
export function DeleteAccountForm({ texts }: { texts: AccountFormTexts }) {
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({
    schema: deleteAccountSchema,
    action: deleteAccountAction,
    defaultValues: { currentPassword: "", confirmation: "" },
  });
  const a = texts.account;
  const text = (key: string | undefined) => accountErrorText(texts, key);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl space-y-5">
      <FormMessage state={state} error={text(formError)} />
      <TextField id="account-delete-password" type="password" label={a.currentPasswordLabel} autoComplete="current-password" registration={form.register("currentPassword")} error={text(errorOf("currentPassword"))} />
      <TextField id="account-delete-confirmation" label={a.confirmationLabel} autoComplete="off" registration={form.register("confirmation")} error={text(errorOf("confirmation"))} />
      <SubmitButton variant="danger" pending={pending} pendingLabel={a.deleting}>{a.deleteSubmit}</SubmitButton>
    </form>
  );
}
