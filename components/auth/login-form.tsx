"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import { loginSchema, type LoginInput } from "@/lib/auth/login-schema";
import type { Messages } from "@/lib/i18n/get-messages";

type Texts = Pick<Messages, "login" | "validation">;
type ValidationKey = keyof Messages["validation"];

const inputClass =
  "mt-1 block min-h-11 w-full rounded-md border-2 border-muted px-3 py-2 text-base aria-[invalid=true]:border-danger";

export function LoginForm({ t, callbackUrl }: { t: Texts; callbackUrl: string }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [unverified, setUnverified] = useState(false);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<LoginInput>({ resolver: zodResolver(loginSchema) });

  const fieldError = (message?: string) => (message ? (t.validation[message as ValidationKey] ?? message) : undefined);

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

  const emailError = fieldError(errors.email?.message);
  const passwordError = fieldError(errors.password?.message);
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-5">
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      {unverified ? (
        <Notice tone="error">
          {t.login.emailNotVerified} <Link href="/signup/check-email">{t.login.resendVerification}</Link>
        </Notice>
      ) : null}
      <div>
        <label htmlFor="email" className="font-semibold">{t.login.email}</label>
        <input id="email" type="email" autoComplete="username" className={inputClass} aria-invalid={emailError ? true : undefined} aria-describedby={emailError ? "email-error" : undefined} {...register("email")} />
        {emailError ? <p id="email-error" className="mt-1 text-danger">{emailError}</p> : null}
      </div>
      <div>
        <label htmlFor="password" className="font-semibold">{t.login.password}</label>
        <input id="password" type="password" autoComplete="current-password" className={inputClass} aria-invalid={passwordError ? true : undefined} aria-describedby={passwordError ? "password-error" : undefined} {...register("password")} />
        {passwordError ? <p id="password-error" className="mt-1 text-danger">{passwordError}</p> : null}
      </div>
      <button type="submit" className={`${buttonStyles.primary} w-full`} disabled={isSubmitting}>
        {isSubmitting ? t.login.submitting : t.login.submit}
      </button>
    </form>
  );
}
