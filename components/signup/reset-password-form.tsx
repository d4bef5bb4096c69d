"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useActionState } from "react";
import { useForm } from "react-hook-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import type { Messages } from "@/lib/i18n/get-messages";
import { resetPasswordSchema, type ResetPasswordFormValues } from "@/lib/signup/signup-schema";
import { IDLE_STATE, type FormActionState } from "./action-state";
import { submitToAction } from "./submit-to-action";
import { TextField } from "./form-field";
import { resolveMessage } from "./resolve-message";

type ResetPasswordFormProps = {
  action: (state: FormActionState, formData: FormData) => Promise<FormActionState>;
  token: string;
  t: Messages["signup"];
  loginLabel: string;
};

export function ResetPasswordForm({ action, token, t, loginLabel }: ResetPasswordFormProps) {
  const [state, formAction, pending] = useActionState(action, IDLE_STATE);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<ResetPasswordFormValues>({ resolver: zodResolver(resetPasswordSchema), defaultValues: { token } });
  const onValid = submitToAction(formAction);

  if (state.status === "done") {
    return (
      <div className="space-y-5">
        <Notice tone="success">{t.reset.done}</Notice>
        <Link href="/login" className={buttonStyles.primary}>{loginLabel}</Link>
      </div>
    );
  }
  const tokenProblem = state.fieldErrors?.token ?? errors.token?.message;
  const error = resolveMessage(t.validation, errors.password?.message ?? state.fieldErrors?.password);
  const formMessage = state.status === "error" && state.message ? ((t as Record<string, unknown>)[state.message] as string | undefined) : undefined;
  return (
    <form action={formAction} onSubmit={handleSubmit(onValid)} noValidate className="space-y-5">
      {tokenProblem ? (
        <Notice tone="error">
          {t.reset.invalid} <Link href="/forgot-password">{t.reset.requestNew}</Link>
        </Notice>
      ) : formMessage ? (
        <Notice tone="error">{formMessage}</Notice>
      ) : null}
      <input type="hidden" {...register("token")} />
      <TextField id="password" label={t.reset.newPassword} hint={t.passwordHint} type="password" autoComplete="new-password" registration={register("password")} error={error} />
      <button type="submit" className={buttonStyles.primary} disabled={pending}>
        {pending ? t.reset.submitting : t.reset.submit}
      </button>
    </form>
  );
}
