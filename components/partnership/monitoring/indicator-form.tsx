"use client";

import { useId } from "react";
import { FormMessage, HiddenFields, SubmitButton, TextField, translateKey, useActionForm } from "@/components/ui/form";
import { saveIndicatorAction } from "@/lib/actions/partnerships/save-indicator";
import type { Messages } from "@/lib/i18n/get-messages";
import { saveIndicatorSchema, type SaveIndicatorInput } from "@/lib/partnerships/monitoring/monitoring-schemas";

type Props = {
  t: Messages["monitoring"];
  /** Where a refusal's key is looked up, the most specific first. */
  catalogues: Array<Record<string, string>>;
  saving: string;
  partnershipId: string;
  /** Present when editing an indicator. */
  indicator?: { id: string; name: string; unit: string; baseline: string; target: string; direction: "INCREASE" | "DECREASE" };
};

/** Adds an indicator, or edits one: the same form and the same schema as the server. */
export function IndicatorForm({ t, catalogues, saving, partnershipId, indicator }: Props) {
  const id = useId();
  const defaults: SaveIndicatorInput = {
    partnershipId,
    indicatorId: indicator?.id ?? "",
    name: indicator?.name ?? "",
    unit: indicator?.unit ?? "",
    baseline: indicator?.baseline ?? "",
    target: indicator?.target ?? "",
    direction: indicator?.direction ?? "INCREASE",
  };
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({ schema: saveIndicatorSchema, action: saveIndicatorAction, defaultValues: defaults, resetOnSuccess: !indicator });
  const text = (key: string | undefined) => translateKey(key, ...catalogues);
  const register = form.register;

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage state={state} error={text(formError)} saved={t.indicatorSaved} />
      <HiddenFields values={{ partnershipId, indicatorId: indicator?.id ?? "" }} />
      <TextField id={`${id}-name`} type="text" label={t.name} defaultValue={indicator?.name} error={text(errorOf("name"))} registration={register("name")} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField id={`${id}-unit`} type="text" label={t.unit} hint={t.unitHint} defaultValue={indicator?.unit} error={text(errorOf("unit"))} registration={register("unit")} />
        <TextField id={`${id}-baseline`} type="text" inputMode="decimal" label={t.baseline} defaultValue={indicator?.baseline} error={text(errorOf("baseline"))} registration={register("baseline")} />
        <TextField id={`${id}-target`} type="text" inputMode="decimal" label={t.target} defaultValue={indicator?.target} error={text(errorOf("target"))} registration={register("target")} />
      </div>
      <p className="text-sm text-muted">{t.targetHint}</p>
      <fieldset>
        <legend className="font-semibold">{t.direction}</legend>
        <div className="mt-1 flex flex-wrap gap-x-6">
          {(["INCREASE", "DECREASE"] as const).map((direction) => (
            <label key={direction} className="inline-flex min-h-11 items-center gap-2">
              <input type="radio" value={direction} className="size-5" defaultChecked={defaults.direction === direction} {...register("direction")} />
              {t.directions[direction]}
            </label>
          ))}
        </div>
      </fieldset>
      <SubmitButton pending={pending} pendingLabel={saving}>{indicator ? t.saveIndicator : t.addIndicator}</SubmitButton>
    </form>
  );
}
