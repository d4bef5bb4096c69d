"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState, useId } from "react";
import { useForm } from "react-hook-form";
import { recordMeasurementAction } from "@/app/_actions/partnerships/monitoring";
import { submitToAction } from "@/components/signup/submit-to-action";
import { buttonStyles } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import { format } from "@/lib/i18n/define-section";
import { todayInRome } from "@/lib/dates/rome-calendar";
import { recordMeasurementSchema, type RecordMeasurementData, type RecordMeasurementInput } from "@/lib/partnerships/monitoring/monitoring-schemas";
import { Field, errorText, formErrorOf, inputClass, useOnSaved, type MonitoringTexts } from "./form-bits";

type Props = { t: MonitoringTexts; saving: string; optional: string; partnershipId: string; indicatorId: string; unit: string };

/** Records one measured value of an indicator. */
export function MeasurementForm({ t, saving, optional, partnershipId, indicatorId, unit }: Props) {
  const id = useId();
  const [state, formAction, pending] = useActionState(recordMeasurementAction, { status: "idle" });
  const defaults: RecordMeasurementInput = { partnershipId, indicatorId, value: "", measuredOn: todayInRome(), note: "" };
  const { register, handleSubmit, reset, formState } = useForm<RecordMeasurementInput, unknown, RecordMeasurementData>({
    resolver: zodResolver(recordMeasurementSchema),
    defaultValues: defaults,
  });
  useOnSaved(state, () => reset({ ...defaults, measuredOn: todayInRome() }));
  const fieldError = (name: "value" | "measuredOn" | "note") =>
    errorText(t, formState.errors[name]?.message ?? (state.status === "error" ? state.fieldErrors?.[name] : undefined));
  const formError = formErrorOf(t, state) ?? (state.status === "error" ? errorText(t, state.fieldErrors?.indicatorId) : undefined);

  return (
    <form onSubmit={handleSubmit(submitToAction(formAction))} noValidate className="space-y-4">
      {state.status === "saved" ? <Notice tone="success">{t.measurementSaved}</Notice> : null}
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <input type="hidden" {...register("partnershipId")} />
      <input type="hidden" {...register("indicatorId")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${id}-value`} label={format(t.value, { unit })} error={fieldError("value")}>
          {(aria) => <input {...aria} type="text" inputMode="decimal" className={inputClass} {...register("value")} />}
        </Field>
        <Field id={`${id}-date`} label={t.measuredOn} error={fieldError("measuredOn")}>
          {(aria) => <input {...aria} type="date" max={todayInRome()} className={inputClass} {...register("measuredOn")} />}
        </Field>
      </div>
      <Field id={`${id}-note`} label={`${t.note} (${optional})`} error={fieldError("note")}>
        {(aria) => <input {...aria} type="text" className={inputClass} {...register("note")} />}
      </Field>
      <button type="submit" className={buttonStyles.secondary} disabled={pending}>
        {pending ? saving : t.recordShort}
      </button>
    </form>
  );
}
