"use client";

import Link from "next/link";
import { buttonStyles } from "@/components/ui/button-styles";
import { CheckboxField, FormMessage, HiddenFields, SubmitButton, TextField, translateKey, useActionForm, type FormServerAction } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import { acceptWithNewAccountSchema } from "@/lib/organizations/members/member-schemas";

type Props = {
  action: FormServerAction;
  token: string;
  privacyVersion: string;
  t: Messages["members"];
  /** The password policy's messages live with signup's. */
  signup: Messages["signup"];
  forms: Messages["forms"];
};

/** A new account from an invitation: name, password, privacy notice; then "log in". */
export function AcceptInvitationForm({ action, token, privacyVersion, t, signup, forms }: Props) {
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({
    schema: acceptWithNewAccountSchema,
    action,
    defaultValues: { token, name: "", password: "", privacyConsent: false },
  });
  const text = (key: string | undefined) => translateKey(key, t.errors, signup.validation, forms);
  const a = t.accept;
  if (state.status === "success" && typeof state.data === "string") {
    return (
      <section aria-labelledby="done-heading">
        <h2 id="done-heading" className="text-2xl font-bold">{a.doneTitle}</h2>
        <div className="mt-4">
          <Notice tone="success">{format(a.done, { email: state.data })}</Notice>
        </div>
        <p className="mt-6">
          <Link href="/login?callbackUrl=%2Fworkspace" className={buttonStyles.primary}>{a.goToLogin}</Link>
        </p>
      </section>
    );
  }
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      <h2 className="text-xl font-bold">{a.createHeading}</h2>
      <FormMessage state={state} error={text(formError)} />
      <HiddenFields values={{ token }} />
      <TextField id="name" label={a.name} autoComplete="name" registration={form.register("name")} error={text(errorOf("name"))} />
      <TextField id="password" label={a.password} hint={a.passwordHint} type="password" autoComplete="new-password" registration={form.register("password")} error={text(errorOf("password"))} />
      <p>
        <Link href="/privacy" target="_blank" rel="noopener">{a.privacyLink}</Link>
      </p>
      <CheckboxField id="privacyConsent" label={format(a.privacyConsent, { version: privacyVersion })} registration={form.register("privacyConsent")} error={text(errorOf("privacyConsent"))} />
      <SubmitButton pending={pending} pendingLabel={a.creating}>{a.create}</SubmitButton>
    </form>
  );
}
