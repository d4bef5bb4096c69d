"use client";

import { FormMessage, SubmitButton, TextField, translateKey, useActionForm, type FormServerAction } from "@/components/ui/form";
import type { Messages } from "@/lib/i18n/get-messages";
import { volunteerHourValueSchema } from "@/lib/programme-settings/volunteer-hour-value";

type Props = {
  /** The current value as the field shows it ("18,00"). */
  current: string;
  t: Messages["programmeReport"];
  forms: Messages["forms"];
  action: FormServerAction;
};

/** Staff set the value of one volunteer hour for every impact report. */
export function VolunteerHourForm({ current, t, forms, action }: Props) {
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({ schema: volunteerHourValueSchema, action, defaultValues: { value: current } });
  const text = (key: string | undefined) => translateKey(key, t as unknown as Record<string, string>, forms);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col items-start gap-3">
      <FormMessage state={state} error={text(formError)} saved={t.hourValueSaved} />
      <TextField
        id="volunteer-hour-value"
        label={`${t.hourValueHeading} (€)`}
        hint={t.hourValueHint}
        error={text(errorOf("value"))}
        inputMode="decimal"
        className="w-full"
        registration={form.register("value")}
      />
      <SubmitButton variant="secondary" pending={pending}>{t.hourValueSave}</SubmitButton>
    </form>
  );
}
