"use client";

import { FormMessage, SubmitButton, TextField, translateKey, useActionForm, type FormServerAction } from "@/components/ui/form";
import type { Messages } from "@/lib/i18n/get-messages";
import { contactDetailsSchema, type ContactDetailsInput } from "@/lib/organizations/contact-details-schema";

const FIELDS = [
  { name: "contactName", type: "text", autoComplete: "name" },
  { name: "contactEmail", type: "email", autoComplete: "email" },
  { name: "contactPhone", type: "tel", autoComplete: "tel" },
  { name: "website", type: "url", autoComplete: "url" },
] as const;

type Props = { t: Messages["workspace"]; forms: Messages["forms"]; defaults: ContactDetailsInput; action: FormServerAction };

export function ContactDetailsForm({ t, forms, defaults, action }: Props) {
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({ schema: contactDetailsSchema, action, defaultValues: defaults });
  // The organisation gone between page and save is, for its member, a save that failed.
  const text = (key: string | undefined) => translateKey(key, t.contactErrors, { notFound: t.contactErrors.saveFailed }, forms);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl space-y-5">
      <FormMessage state={state} error={text(formError)} saved={t.contactsSaved} />
      {FIELDS.map((field) => (
        <TextField key={field.name} id={field.name} label={t[field.name]} type={field.type} autoComplete={field.autoComplete} registration={form.register(field.name)} error={text(errorOf(field.name))} />
      ))}
      <SubmitButton pending={pending} pendingLabel={t.savingContacts}>{t.saveContacts}</SubmitButton>
    </form>
  );
}
