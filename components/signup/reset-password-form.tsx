"use client";

import Link from "next/link";
import { buttonStyles } from "@/components/ui/button-styles";
import { FormMessage, SubmitButton, TextField, useActionForm, type FormServerAction } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import type { Messages } from "@/lib/i18n/get-messages";
import { resetPasswordSchema, type ResetPasswordFormValues } from "@/lib/signup/signup-schema";
import { signupText } from "./signup-text";

type ResetPasswordFormProps = {
  action: FormServerAction;
  token: string;
  t: Messages["signup"];
  forms: Messages["forms"];
  loginLabel: string;
};

export function ResetPasswordForm({ action, token, t, forms, loginLabel }: ResetPasswordFormProps) {
  const defaults: ResetPasswordFormValues = { token, password: "" };
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({ schema: resetPasswordSchema, action, defaultValues: defaults });
  const text = signupText(t, forms);

  if (state.status === "success") {
    return (
      <div className="space-y-5">
        <Notice tone="success">{t.reset.done}</Notice>
        <Link href="/login" className={buttonStyles.primary}>{loginLabel}</Link>
      </div>
    );
  }
  // A used, expired or mangled link: the only way on is a new one.
  const tokenProblem = errorOf("token") ?? (state.status === "error" ? state.fieldErrors?.token : undefined);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      {tokenProblem ? (
        <Notice tone="error">
          {t.reset.invalid} <Link href="/forgot-password">{t.reset.requestNew}</Link>
        </Notice>
      ) : (
        <FormMessage state={state} error={text(formError)} />
      )}
      <input type="hidden" {...form.register("token")} />
      <TextField id="password" label={t.reset.newPassword} hint={t.passwordHint} type="password" autoComplete="new-password" registration={form.register("password")} error={text(errorOf("password"))} />
      <SubmitButton pending={pending} pendingLabel={t.reset.submitting}>{t.reset.submit}</SubmitButton>
    </form>
  );
}
