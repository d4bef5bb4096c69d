"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useActionState } from "react";
import { useForm } from "react-hook-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import type { Messages } from "@/lib/i18n/get-messages";
import { format } from "@/lib/i18n/define-section";
import { signupSchema, type SignupFormValues, type SignupInput } from "@/lib/signup/signup-schema";
import { IDLE_STATE, type FormActionState } from "./action-state";
import { submitToAction } from "./submit-to-action";
import { CheckboxField, TextField } from "./form-field";
import { resolveMessage } from "./resolve-message";

type SignupFormProps = {
  action: (state: FormActionState, formData: FormData) => Promise<FormActionState>;
  kind: "COMPANY" | "NONPROFIT";
  comuni: string[];
  privacyVersion: string;
  t: Messages["signup"];
};

export function SignupForm({ action, kind, comuni, privacyVersion, t }: SignupFormProps) {
  const [state, formAction, pending] = useActionState(action, IDLE_STATE);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<SignupFormValues, unknown, SignupInput>({
    resolver: zodResolver(signupSchema),
    defaultValues: { kind, privacyConsent: false, newsletterConsent: false },
  });

  // The browser checks first; the server checks again (and knows about duplicates).
  const errorOf = (field: keyof SignupFormValues) =>
    resolveMessage(t.validation, errors[field]?.message ?? state.fieldErrors?.[field]);
  const onValid = submitToAction(formAction);
  const formMessage = state.status === "error" && state.message ? ((t as Record<string, unknown>)[state.message] as string | undefined) : undefined;

  return (
    <form action={formAction} onSubmit={handleSubmit(onValid)} noValidate className="space-y-8">
      {formMessage ? <Notice tone="error">{formMessage}</Notice> : null}
      <input type="hidden" {...register("kind")} />

      <fieldset className="space-y-5">
        <legend className="mb-4 text-xl font-bold">{t.organizationSection}</legend>
        <TextField id="organizationName" label={t.organizationName} required requiredLabel={t.required} autoComplete="organization" registration={register("organizationName")} error={errorOf("organizationName")} />
        <TextField id="taxCode" label={t.taxCode} hint={t.taxCodeHint} required requiredLabel={t.required} autoComplete="off" spellCheck={false} className="font-mono uppercase" registration={register("taxCode")} error={errorOf("taxCode")} />
        <TextField id="comune" label={t.comune} hint={t.comuneHint} required requiredLabel={t.required} list="comuni-list" autoComplete="address-level2" registration={register("comune")} error={errorOf("comune")} />
        <datalist id="comuni-list">
          {comuni.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <TextField id="phone" label={t.phone} type="tel" autoComplete="tel" registration={register("phone")} error={errorOf("phone")} />
        <TextField id="website" label={t.website} type="url" inputMode="url" autoComplete="url" registration={register("website")} error={errorOf("website")} />
      </fieldset>

      <fieldset className="space-y-5">
        <legend className="mb-4 text-xl font-bold">{t.userSection}</legend>
        <TextField id="name" label={t.name} hint={t.nameHint} required requiredLabel={t.required} autoComplete="name" registration={register("name")} error={errorOf("name")} />
        <TextField id="email" label={t.email} type="email" required requiredLabel={t.required} autoComplete="email" registration={register("email")} error={errorOf("email")} />
        <TextField id="password" label={t.password} hint={t.passwordHint} type="password" required requiredLabel={t.required} autoComplete="new-password" registration={register("password")} error={errorOf("password")} />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-4 text-xl font-bold">{t.consentSection}</legend>
        <p>
          <Link href="/privacy" target="_blank" rel="noopener">{t.privacyLink}</Link>
        </p>
        <CheckboxField id="privacyConsent" label={format(t.privacyConsent, { version: privacyVersion })} registration={register("privacyConsent")} error={errorOf("privacyConsent")} />
        <CheckboxField id="newsletterConsent" label={t.newsletterConsent} registration={register("newsletterConsent")} />
      </fieldset>

      <button type="submit" className={`${buttonStyles.primary} w-full sm:w-auto`} disabled={pending}>
        {pending ? t.submitting : t.submit}
      </button>
    </form>
  );
}
