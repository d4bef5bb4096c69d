"use client";

import { FormMessage, SelectField, SubmitButton, TextField, useActionForm } from "@/components/ui/form";
import { updateAccountProfileSchema, type UpdateAccountProfileInput } from "@/lib/account/account-schemas";
import { updateAccountProfileAction } from "@/lib/actions/account/update-account-profile";
import { LOCALES } from "@/lib/i18n/locales";
import { accountErrorText, type AccountFormTexts } from "./account-texts";

export function AccountProfileForm({ texts, defaults }: { texts: AccountFormTexts; defaults: UpdateAccountProfileInput }) {
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({ schema: updateAccountProfileSchema, action: updateAccountProfileAction, defaultValues: defaults });
  const a = texts.account;
  const text = (key: string | undefined) => accountErrorText(texts, key);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl space-y-5">
      <FormMessage state={state} error={text(formError)} saved={a.profileSaved} />
      <TextField id="account-name" label={a.nameLabel} autoComplete="name" registration={form.register("name")} error={text(errorOf("name"))} />
      <SelectField id="account-locale" label={a.localeLabel} options={LOCALES.map((locale) => ({ value: locale, label: a.localeNames[locale] }))} registration={form.register("locale")} error={text(errorOf("locale"))} />
      <SubmitButton pending={pending} pendingLabel={a.savingProfile}>{a.saveProfile}</SubmitButton>
    </form>
  );
}
