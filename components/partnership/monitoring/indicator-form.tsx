"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState, useId } from "react";
import { useForm } from "react-hook-form";
import { saveIndicatorAction } from "@/app/_actions/partnerships/monitoring";
import { submitToAction } from "@/components/signup/submit-to-action";
import { buttonStyles } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import { saveIndicatorSchema, type SaveIndicatorData, type SaveIndicatorInput } from "@/lib/partnerships/monitoring/monitoring-schemas";
import { Field, errorText, formErrorOf, inputClass, useOnSaved, type MonitoringTexts } from "./form-bits";

type Props = {
  t: MonitoringTexts;
  saving: string;
  partnershipId: string;
  /** Present when editing an indicator. */
  indicator?: { id: string; name: string; unit: string; baseline: string; target: string; direction: "INCREASE" | "DECREASE" };
};

/** Adds an indicator, or edits one: the same form and the same schema as the server. */
export function IndicatorForm({ t, saving, partnershipId, indicator }: Props) {
  const id = useId();
  const [state, formAction, pending] = useActionState(saveIndicatorAction, { status: "idle" });
  const defaults: SaveIndicatorInput = {
    partnershipId,
    indicatorId: indicator?.id ?? "",
    name: indicator?.name ?? "",
    unit: indicator?.unit ?? "",
    baseline: indicator?.baseline ?? "",
    target: indicator?.target ?? "",
    direction: indicator?.direction ?? "INCREASE",
  };
  const { register, handleSubmit, reset, formState } = useForm<SaveIndicatorInput, unknown, SaveIndicatorData>({
    resolver: zodResolver(saveIndicatorSchema),
    defaultValues: defaults,
  });
  useOnSaved(state, () => {
    if (!indicator) reset(defaults);
  });
  const fieldError = (name: "name" | "unit" | "baseline" | "target" | "direction") =>
    errorText(t, formState.errors[name]?.message ?? (state.status === "error" ? state.fieldErrors?.[name] : undefined));
  const formError = formErrorOf(t, state);

  return (
    <form onSubmit={handleSubmit(submitToAction(formAction))} noValidate className="space-y-4">
      {state.status === "saved" ? <Notice tone="success">{t.indicatorSaved}</Notice> : null}
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <input type="hidden" {...register("partnershipId")} />
      <input type="hidden" {...register("indicatorId")} />
      <Field id={`${id}-name`} label={t.name} error={fieldError("name")}>
        {(aria) => <input {...aria} type="text" className={inputClass} {...register("name")} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id={`${id}-unit`} label={t.unit} hint={t.unitHint} error={fieldError("unit")}>
          {(aria) => <input {...aria} type="text" className={inputClass} {...register("unit")} />}
        </Field>
        <Field id={`${id}-baseline`} label={t.baseline} error={fieldError("baseline")}>
          {(aria) => <input {...aria} type="text" inputMode="decimal" className={inputClass} {...register("baseline")} />}
        </Field>
        <Field id={`${id}-target`} label={t.target} error={fieldError("target")}>
          {(aria) => <input {...aria} type="text" inputMode="decimal" className={inputClass} {...register("target")} />}
        </Field>
      </div>
      <p className="text-sm text-muted">{t.targetHint}</p>
      <fieldset>
        <legend className="font-semibold">{t.direction}</legend>
        <div className="mt-1 flex flex-wrap gap-x-6">
          {(["INCREASE", "DECREASE"] as const).map((direction) => (
            <label key={direction} className="inline-flex min-h-11 items-center gap-2">
              <input type="radio" value={direction} className="size-5" {...register("direction")} />
              {t.directions[direction]}
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" className={buttonStyles.primary} disabled={pending}>
        {pending ? saving : indicator ? t.saveIndicator : t.addIndicator}
      </button>
    </form>
  );
}
