"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { SubmitButton, TextField, translateKey } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { loginSchema, type LoginInput } from "@/lib/auth/login-schema";
import type { Messages } from "@/lib/i18n/get-messages";

type Texts = Pick<Messages, "login" | "validation">;

/**
 * Not a server action: next-auth's signIn posts the credentials to its own route, which
 * rate-limits and answers with a status this form turns into a message.
 */
export function LoginForm({ t, callbackUrl }: { t: Texts; callbackUrl: string }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [unverified, setUnverified] = useState(false);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<LoginInput>({ resolver: zodResolver(loginSchema) });

  async function onSubmit(values: LoginInput) {
    setFormError(null);
    setUnverified(false);
    const result = await signIn("credentials", { ...values, redirect: false, callbackUrl });
    if (result?.status === 429) return setFormError(t.login.tooManyAttempts);
    // The right password for an account whose e-mail is not confirmed (EMAIL_NOT_VERIFIED
    // of lib/auth/auth-options, which a client component cannot import).
    if (result?.error === "EmailNotVerified") return setUnverified(true);
    if (!result || result.error) {
      return setFormError(result?.error === "CredentialsSignin" ? t.login.invalidCredentials : t.login.unexpectedError);
    }
    // A full navigation, so the server renders the next page with the new session cookie
    // (and /start, a route handler, can redirect by role).
    window.location.assign(callbackUrl);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-5">
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      {unverified ? (
        <Notice tone="error">
          {t.login.emailNotVerified} <Link href="/signup/check-email">{t.login.resendVerification}</Link>
        </Notice>
      ) : null}
      <TextField id="email" label={t.login.email} type="email" autoComplete="username" registration={register("email")} error={translateKey(errors.email?.message, t.validation)} />
      <TextField id="password" label={t.login.password} type="password" autoComplete="current-password" registration={register("password")} error={translateKey(errors.password?.message, t.validation)} />
      <SubmitButton pending={isSubmitting} pendingLabel={t.login.submitting} className="w-full">{t.login.submit}</SubmitButton>
    </form>
  );
}
