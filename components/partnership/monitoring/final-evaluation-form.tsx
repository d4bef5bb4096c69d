"use client";

import { useId } from "react";
import { FormMessage, HiddenFields, SubmitButton, TextareaField, translateKey, useActionForm } from "@/components/ui/form";
import { submitFinalEvaluationAction } from "@/lib/actions/partnerships/submit-final-evaluation";
import type { Messages } from "@/lib/i18n/get-messages";
import { finalEvaluationSchema, type FinalEvaluationInput } from "@/lib/partnerships/monitoring/monitoring-schemas";
import { RatingRadios } from "./rating-radios";

type Props = {
  t: Messages["monitoring"];
  /** Where a refusal's key is looked up, the most specific first. */
  catalogues: Array<Record<string, string>>;
  saving: string;
  partnershipId: string;
  /** The side's evaluation so far, to correct it. */
  current: { goalAchievement: number; relationship: number; csvSupport: number; wouldRenew: boolean; results: string; lessons: string } | null;
};

const SCALES = ["goalAchievement", "relationship", "csvSupport"] as const;

/** A side's final evaluation questionnaire (submitted once, corrected until completion). */
export function FinalEvaluationForm({ t, catalogues, saving, partnershipId, current }: Props) {
  const id = useId();
  const defaults: FinalEvaluationInput = {
    partnershipId,
    ...(current
      ? {
          goalAchievement: String(current.goalAchievement),
          relationship: String(current.relationship),
          csvSupport: String(current.csvSupport),
          wouldRenew: current.wouldRenew ? "yes" : "no",
          results: current.results,
          lessons: current.lessons,
        }
      : { results: "", lessons: "" }),
  } as FinalEvaluationInput;
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({ schema: finalEvaluationSchema, action: submitFinalEvaluationAction, defaultValues: defaults });
  const text = (key: string | undefined) => translateKey(key, ...catalogues);
  const renewError = text(errorOf("wouldRenew"));

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      <FormMessage state={state} error={text(formError)} saved={t.evaluationSaved} />
      <HiddenFields values={{ partnershipId }} />
      {SCALES.map((name) => (
        <RatingRadios key={name} legend={t[name]} words={t.scale} error={text(errorOf(name))} errorId={`${id}-${name}-error`} registration={form.register(name)} />
      ))}
      <fieldset aria-describedby={renewError ? `${id}-renew-error` : undefined}>
        <legend className="font-semibold">{t.wouldRenew}</legend>
        <div className="mt-1 flex gap-6">
          {(["yes", "no"] as const).map((value) => (
            <label key={value} className="inline-flex min-h-11 items-center gap-2">
              <input type="radio" value={value} className="size-5" {...form.register("wouldRenew")} />
              {t[value]}
            </label>
          ))}
        </div>
        {renewError ? <p id={`${id}-renew-error`} className="mt-1 text-danger">{renewError}</p> : null}
      </fieldset>
      <TextareaField id={`${id}-results`} rows={4} label={t.results} error={text(errorOf("results"))} registration={form.register("results")} />
      <TextareaField id={`${id}-lessons`} rows={4} label={t.lessons} error={text(errorOf("lessons"))} registration={form.register("lessons")} />
      <SubmitButton pending={pending} pendingLabel={saving}>{current ? t.updateEvaluation : t.submitEvaluation}</SubmitButton>
    </form>
  );
}
