"use client";

import { buttonStyles } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import type { z } from "zod";
import type { Messages } from "@/lib/i18n/get-messages";
import { saveExpectationsSchema, saveRolesSchema } from "@/lib/partnerships/negotiation/negotiation-schemas";
import { describedBy, Field, inputClass } from "../collab/field";
import { resolveError, usePartnershipForm, type PartnershipAction } from "../collab/use-partnership-form";

type TextValues = { partnershipId: string; text: string; side?: "COMPANY" | "NONPROFIT" };

type Props = {
  id: string;
  label: string;
  hint: string;
  saveLabel: string;
  values: TextValues;
  action: PartnershipAction;
  t: Messages["negotiation"];
  shared: Messages["partnership"];
};

/** A free text of the negotiation (one side's expectations, or the shared roles) and its save button. */
export function TextBlockForm({ id, label, hint, saveLabel, values, action, t, shared }: Props) {
  // Expectations name their side; roles are shared. Each keeps its own schema (zod drops unknown keys).
  const schema = (values.side ? saveExpectationsSchema : saveRolesSchema) as unknown as z.ZodType<TextValues, TextValues>;
  const { form, state, pending, onSubmit, serverError, formError } = usePartnershipForm({ schema, action, defaultValues: values });
  const error = resolveError(form.formState.errors.text?.message ?? serverError("text"), t.errors, shared.formErrors);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      {state.status === "saved" ? <Notice tone="success">{shared.saved}</Notice> : null}
      {formError ? <Notice tone="error">{resolveError(formError, t.errors, shared.formErrors)}</Notice> : null}
      <Field id={id} label={label} hint={hint} error={error}>
        <textarea id={id} rows={5} className={inputClass} {...describedBy(id, { hint, error })} {...form.register("text")} />
      </Field>
      <button type="submit" className={buttonStyles.secondary} disabled={pending}>{pending ? shared.saving : saveLabel}</button>
    </form>
  );
}
