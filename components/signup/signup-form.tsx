"use client";

import Link from "next/link";
import { CheckboxField, ComboboxField, FormMessage, HiddenFields, SubmitButton, TextField, useActionForm, type FormServerAction } from "@/components/ui/form";
import type { Messages } from "@/lib/i18n/get-messages";
import { format } from "@/lib/i18n/define-section";
import { signupSchema, type SignupFormValues } from "@/lib/signup/signup-schema";
import { JoinRequest } from "./join-request";
import { signupText } from "./signup-text";

type SignupFormProps = {
  action: FormServerAction;
  kind: "COMPANY" | "NONPROFIT";
  privacyVersion: string;
  t: Messages["signup"];
  forms: Messages["forms"];
  /** Asks the owners of an already signed-up organisation to invite this person. */
  joinAction: FormServerAction;
  join: Messages["members"]["join"];
};

type ComuneResult = { value: string; name: string; province: string; region: string };
const comuneOption = (result: ComuneResult) => ({ value: result.value, label: `${result.name} (${result.province}) — ${result.region}` });

export function SignupForm({ action, kind, privacyVersion, t, forms, joinAction, join }: SignupFormProps) {
  const defaults: SignupFormValues = { kind, organizationName: "", taxCode: "", comune: "", phone: "", website: "", name: "", email: "", password: "", privacyConsent: false, newsletterConsent: false };
  // The browser checks first; the server checks again (and knows about duplicates).
  const { form, state, formAction, onSubmit, pending, errorOf } = useActionForm({ schema: signupSchema, action, defaultValues: defaults });
  const text = signupText(t, forms);
  const { register } = form;
  const field = (name: keyof SignupFormValues) => ({ registration: register(name), error: text(errorOf(name)) });
  // The server's "check the marked fields" is said here too: the duplicate tax code or e-mail is known only there.
  const formError = state.status === "error" ? (state.message ?? state.fieldErrors?.form) : undefined;

  const taxCodeTaken = errorOf("taxCode") === "taxCodeTaken";
  return (
    <>
      {/* Its own form, outside the signup one (forms do not nest), with what was typed there. */}
      {taxCodeTaken ? (
        <div className="mb-8">
          <JoinRequest action={joinAction} values={{ taxCode: form.getValues("taxCode"), name: form.getValues("name"), email: form.getValues("email") }} t={join} text={text} />
        </div>
      ) : null}
      <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-8">
        <FormMessage state={state} error={text(formError)} />
        <HiddenFields values={{ kind }} />

        <fieldset className="space-y-5">
          <legend className="mb-4 text-xl font-bold">{t.organizationSection}</legend>
          <TextField id="organizationName" label={t.organizationName} required requiredLabel={t.required} autoComplete="organization" {...field("organizationName")} />
          <TextField id="taxCode" label={t.taxCode} hint={t.taxCodeHint} required requiredLabel={t.required} autoComplete="off" spellCheck={false} className="[&_input]:font-mono [&_input]:uppercase" {...field("taxCode")} />
          <ComboboxField
            id="comune"
            name="comune"
            control={form.control}
            label={t.comune}
            required
            requiredLabel={t.required}
            hint={t.comuneHint}
            error={text(errorOf("comune"))}
            endpoint="/api/comuni"
            toOption={comuneOption as (result: never) => { value: string; label: string }}
            texts={{ results: forms.comboboxResults, noResults: forms.comboboxNoResults }}
          />
          <TextField id="phone" label={t.phone} type="tel" autoComplete="tel" {...field("phone")} />
          <TextField id="website" label={t.website} type="url" inputMode="url" autoComplete="url" {...field("website")} />
        </fieldset>

        <fieldset className="space-y-5">
          <legend className="mb-4 text-xl font-bold">{t.userSection}</legend>
          <TextField id="name" label={t.name} hint={t.nameHint} required requiredLabel={t.required} autoComplete="name" {...field("name")} />
          <TextField id="email" label={t.email} type="email" required requiredLabel={t.required} autoComplete="email" {...field("email")} />
          <TextField id="password" label={t.password} hint={t.passwordHint} type="password" required requiredLabel={t.required} autoComplete="new-password" {...field("password")} />
        </fieldset>

        <fieldset className="space-y-4">
          <legend className="mb-4 text-xl font-bold">{t.consentSection}</legend>
          <p>
            <Link href="/privacy" target="_blank" rel="noopener">{t.privacyLink}</Link>
          </p>
          <CheckboxField id="privacyConsent" label={format(t.privacyConsent, { version: privacyVersion })} {...field("privacyConsent")} />
          <CheckboxField id="newsletterConsent" label={t.newsletterConsent} registration={register("newsletterConsent")} />
        </fieldset>

        <SubmitButton pending={pending} pendingLabel={t.submitting} className="w-full sm:w-auto">{t.submit}</SubmitButton>
      </form>
    </>
  );
}
