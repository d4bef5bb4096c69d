"use client";

import { FormMessage, SubmitButton, TextField, useActionForm } from "@/components/ui/form";
import { changePasswordSchema } from "@/lib/account/account-schemas";
import { changePasswordAction } from "@/lib/actions/account/change-password";
import { accountErrorText, type AccountFormTexts } from "./account-texts";

export function PasswordChangeForm({ texts }: { texts: AccountFormTexts }) {
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({
    schema: changePasswordSchema,
    action: changePasswordAction,
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
    resetOnSuccess: true,
  });
  const a = texts.account;
  const text = (key: string | undefined) => accountErrorText(texts, key);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl space-y-5">
      <FormMessage state={state} error={text(formError)} saved={a.passwordChanged} />
      <TextField id="account-current-password" type="password" label={a.currentPasswordLabel} autoComplete="current-password" registration={form.register("currentPassword")} error={text(errorOf("currentPassword"))} />
      <TextField id="account-new-password" type="password" label={a.newPasswordLabel} hint={a.newPasswordHint} autoComplete="new-password" registration={form.register("newPassword")} error={text(errorOf("newPassword"))} />
      <TextField id="account-confirm-password" type="password" label={a.confirmPasswordLabel} autoComplete="new-password" registration={form.register("confirmPassword")} error={text(errorOf("confirmPassword"))} />
      <SubmitButton pending={pending} pendingLabel={a.changingPassword}>{a.changePassword}</SubmitButton>
    </form>
  );
}
