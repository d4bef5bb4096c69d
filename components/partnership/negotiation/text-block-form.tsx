"use client";

import type { z } from "zod";
import { FormMessage, HiddenFields, SubmitButton, TextareaField, translateKey, useActionForm, type FormServerAction } from "@/components/ui/form";
import type { Messages } from "@/lib/i18n/get-messages";
import { saveExpectationsSchema, saveRolesSchema } from "@/lib/partnerships/negotiation/negotiation-schemas";

type TextValues = { partnershipId: string; text: string; side?: "COMPANY" | "NONPROFIT" };

type Props = {
  id: string;
  label: string;
  hint: string;
  saveLabel: string;
  values: TextValues;
  action: FormServerAction;
  t: Messages["negotiation"];
  shared: Messages["partnership"];
  forms: Messages["forms"];
};

/** A free text of the negotiation (one side's expectations, or the shared roles) and its save button. */
export function TextBlockForm({ id, label, hint, saveLabel, values, action, t, shared, forms }: Props) {
  // Expectations name their side; roles are shared. Each keeps its own schema (zod drops unknown keys).
  const schema = (values.side ? saveExpectationsSchema : saveRolesSchema) as unknown as z.ZodType<TextValues, TextValues>;
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({ schema, action, defaultValues: values });
  const text = (key: string | undefined) => translateKey(key, t.errors, shared.formErrors, forms);
  const { partnershipId, side } = values;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage state={state} error={text(formError)} saved={shared.saved} />
      <HiddenFields values={side ? { partnershipId, side } : { partnershipId }} />
      <TextareaField id={id} rows={5} label={label} hint={hint} defaultValue={values.text} error={text(errorOf("text"))} registration={form.register("text")} />
      <SubmitButton variant="secondary" pending={pending} pendingLabel={shared.saving}>{saveLabel}</SubmitButton>
    </form>
  );
}
