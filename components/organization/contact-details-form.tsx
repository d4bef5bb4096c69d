"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import type { Messages } from "@/lib/i18n/get-messages";
import { contactDetailsSchema, type ContactDetailsInput, type ContactsFormState } from "@/lib/organizations/contact-details-schema";

type Texts = Messages["workspace"];
type ErrorKey = keyof Texts["contactErrors"];
type Action = (state: ContactsFormState, formData: FormData) => Promise<ContactsFormState>;

const inputClass = "mt-1 block min-h-11 w-full rounded-md border-2 border-muted px-3 py-2 text-base aria-[invalid=true]:border-danger";
const FIELDS = [
  { name: "contactName", type: "text", autoComplete: "name" },
  { name: "contactEmail", type: "email", autoComplete: "email" },
  { name: "contactPhone", type: "tel", autoComplete: "tel" },
  { name: "website", type: "url", autoComplete: "url" },
] as const;

export function ContactDetailsForm({ t, defaults, action }: { t: Texts; defaults: ContactDetailsInput; action: Action }) {
  const [state, formAction] = useActionState(action, { status: "idle" });
  const [pending, startTransition] = useTransition();
  const { register, handleSubmit, formState } = useForm<ContactDetailsInput>({ resolver: zodResolver(contactDetailsSchema), defaultValues: defaults });
  const message = (key?: string) => (key ? (t.contactErrors[key as ErrorKey] ?? key) : undefined);

  const submit = handleSubmit((values) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(values)) data.set(name, value);
    startTransition(() => formAction(data));
  });

  return (
    <form onSubmit={submit} noValidate className="max-w-xl space-y-5">
      {state.status === "saved" ? <Notice tone="success">{t.contactsSaved}</Notice> : null}
      {state.formError ? <Notice tone="error">{message(state.formError)}</Notice> : null}
      {FIELDS.map((field) => {
        const error = message(formState.errors[field.name]?.message ?? state.fieldErrors?.[field.name]);
        const errorId = `${field.name}-error`;
        return (
          <div key={field.name}>
            <label htmlFor={field.name} className="font-semibold">{t[field.name]}</label>
            <input id={field.name} type={field.type} autoComplete={field.autoComplete} className={inputClass} aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined} {...register(field.name)} />
            {error ? <p id={errorId} className="mt-1 text-danger">{error}</p> : null}
          </div>
        );
      })}
      <button type="submit" className={buttonStyles.primary} disabled={pending}>
        {pending ? t.savingContacts : t.saveContacts}
      </button>
    </form>
  );
}
