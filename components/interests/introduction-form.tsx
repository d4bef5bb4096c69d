"use client";

import { FormMessage, SelectField, SubmitButton, TextareaField, useActionForm, type FormServerAction } from "@/components/ui/form";
import type { Messages } from "@/lib/i18n/get-messages";
import { proposeIntroductionSchema, type ProposeIntroductionInput } from "@/lib/interests/interest-schemas";
import type { IntroductionOptions } from "@/lib/interests/list-introductions";
import { interestText } from "./interest-text";

type Props = { options: IntroductionOptions; t: Messages["suggestions"]; forms: Messages["forms"]; action: FormServerAction };

/** Staff propose an introduction; browser and server check it with proposeIntroductionSchema. */
export function IntroductionForm({ options, t, forms, action }: Props) {
  const defaults: ProposeIntroductionInput = { companyId: "", nonprofitId: "", message: "" };
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({ schema: proposeIntroductionSchema, action, defaultValues: defaults, resetOnSuccess: true });
  const text = interestText(t, forms);
  const choices = (list: IntroductionOptions["companies"]) => list.map((org) => ({ value: org.id, label: `${org.name} · ${org.comune}` }));
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage state={state} error={text(formError)} saved={t.proposed} />
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField id="companyId" label={t.company} placeholder={t.choose} options={choices(options.companies)} registration={form.register("companyId")} error={text(errorOf("companyId"))} />
        <SelectField id="nonprofitId" label={t.nonprofit} placeholder={t.choose} options={choices(options.nonprofits)} registration={form.register("nonprofitId")} error={text(errorOf("nonprofitId"))} />
      </div>
      <TextareaField id="message" label={t.message} maxLength={1000} registration={form.register("message")} error={text(errorOf("message"))} />
      <SubmitButton pending={pending} pendingLabel={t.sending}>{t.propose}</SubmitButton>
    </form>
  );
}
