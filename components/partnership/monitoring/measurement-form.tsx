"use client";

import { useId } from "react";
import { FormMessage, HiddenFields, SubmitButton, TextField, translateKey, useActionForm } from "@/components/ui/form";
import { recordMeasurementAction } from "@/lib/actions/partnerships/record-measurement";
import { todayInRome } from "@/lib/dates/rome-calendar";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import { recordMeasurementSchema, type RecordMeasurementInput } from "@/lib/partnerships/monitoring/monitoring-schemas";

type Props = {
  t: Messages["monitoring"];
  /** Where a refusal's key is looked up, the most specific first. */
  catalogues: Array<Record<string, string>>;
  saving: string;
  optional: string;
  partnershipId: string;
  indicatorId: string;
  unit: string;
};

/** Records one measured value of an indicator. */
export function MeasurementForm({ t, catalogues, saving, optional, partnershipId, indicatorId, unit }: Props) {
  const id = useId();
  const today = todayInRome();
  const defaults: RecordMeasurementInput = { partnershipId, indicatorId, value: "", measuredOn: today, note: "" };
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({ schema: recordMeasurementSchema, action: recordMeasurementAction, defaultValues: defaults, resetOnSuccess: true });
  const text = (key: string | undefined) => translateKey(key, ...catalogues);
  const register = form.register;

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      {/* An indicator deleted meanwhile is named by its hidden field: that refusal belongs to the form. */}
      <FormMessage state={state} error={text(formError ?? errorOf("indicatorId"))} saved={t.measurementSaved} />
      <HiddenFields values={{ partnershipId, indicatorId }} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id={`${id}-value`} type="text" inputMode="decimal" label={format(t.value, { unit })} error={text(errorOf("value"))} registration={register("value")} />
        <TextField id={`${id}-date`} type="date" max={today} label={t.measuredOn} defaultValue={today} error={text(errorOf("measuredOn"))} registration={register("measuredOn")} />
      </div>
      <TextField id={`${id}-note`} type="text" label={`${t.note} (${optional})`} error={text(errorOf("note"))} registration={register("note")} />
      <SubmitButton variant="secondary" pending={pending} pendingLabel={saving}>{t.recordShort}</SubmitButton>
    </form>
  );
}
