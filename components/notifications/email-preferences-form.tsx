"use client";

import { useId } from "react";
import { FormMessage, RadioGroup, SubmitButton, translateKey, useActionForm, type FormServerAction } from "@/components/ui/form";
import type { Messages } from "@/lib/i18n/get-messages";
import { EMAIL_DELIVERIES, EMAIL_KINDS } from "@/lib/notifications/email-kinds";
import { emailPreferencesSchema, type EmailPreferencesInput } from "@/lib/notifications/email-preferences-schema";

type Props = {
  preferences: EmailPreferencesInput;
  action: FormServerAction;
  t: Messages["notificationPreferences"];
  forms: Messages["forms"];
};

/** One radio group per kind of e-mail: at once, daily digest, never. Works without JavaScript too. */
export function EmailPreferencesForm({ preferences, action, t, forms }: Props) {
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({ schema: emailPreferencesSchema, action, defaultValues: preferences });
  const id = useId();
  const text = (key: string | undefined) => translateKey(key, t.errors, forms);
  const options = EMAIL_DELIVERIES.map((delivery) => ({ value: delivery, label: t.deliveries[delivery].label, hint: t.deliveries[delivery].hint }));
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-6">
      {EMAIL_KINDS.map((kind) => (
        <div key={kind} className="rounded-lg border border-line bg-white p-4">
          <RadioGroup
            id={`${id}-${kind}`}
            legend={t.kinds[kind].label}
            hint={t.kinds[kind].hint}
            error={text(errorOf(kind))}
            options={options}
            inline
            defaultValue={preferences[kind]}
            registration={form.register(kind)}
          />
        </div>
      ))}
      <div className="flex flex-col items-start gap-3">
        <SubmitButton pending={pending} pendingLabel={t.saving}>
          {t.save}
        </SubmitButton>
        <FormMessage state={state} error={text(formError)} saved={t.saved} />
      </div>
    </form>
  );
}
