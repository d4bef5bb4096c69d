"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState, useId } from "react";
import { useForm } from "react-hook-form";
import { submitFinalEvaluationAction } from "@/app/_actions/partnerships/monitoring";
import { submitToAction } from "@/components/signup/submit-to-action";
import { buttonStyles } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import { finalEvaluationSchema, type FinalEvaluationData, type FinalEvaluationInput } from "@/lib/partnerships/monitoring/monitoring-schemas";
import { Field, errorText, formErrorOf, inputClass, type MonitoringTexts } from "./form-bits";
import { RatingRadios } from "./rating-radios";

type Props = {
  t: MonitoringTexts;
  saving: string;
  partnershipId: string;
  /** The side's evaluation so far, to correct it. */
  current: { goalAchievement: number; relationship: number; csvSupport: number; wouldRenew: boolean; results: string; lessons: string } | null;
};

const SCALES = ["goalAchievement", "relationship", "csvSupport"] as const;

/** A side's final evaluation questionnaire (submitted once, corrected until completion). */
export function FinalEvaluationForm({ t, saving, partnershipId, current }: Props) {
  const id = useId();
  const [state, formAction, pending] = useActionState(submitFinalEvaluationAction, { status: "idle" });
  const { register, handleSubmit, formState } = useForm<FinalEvaluationInput, unknown, FinalEvaluationData>({
    resolver: zodResolver(finalEvaluationSchema),
    defaultValues: {
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
    },
  });
  const fieldError = (name: (typeof SCALES)[number] | "wouldRenew" | "results" | "lessons") =>
    errorText(t, formState.errors[name]?.message ?? (state.status === "error" ? state.fieldErrors?.[name] : undefined));
  const formError = formErrorOf(t, state);

  return (
    <form onSubmit={handleSubmit(submitToAction(formAction))} noValidate className="space-y-5">
      {state.status === "saved" ? <Notice tone="success">{t.evaluationSaved}</Notice> : null}
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <input type="hidden" {...register("partnershipId")} />
      {SCALES.map((name) => (
        <RatingRadios key={name} legend={t[name]} words={t.scale} error={fieldError(name)} errorId={`${id}-${name}-error`} registration={register(name)} />
      ))}
      <fieldset aria-describedby={fieldError("wouldRenew") ? `${id}-renew-error` : undefined}>
        <legend className="font-semibold">{t.wouldRenew}</legend>
        <div className="mt-1 flex gap-6">
          {(["yes", "no"] as const).map((value) => (
            <label key={value} className="inline-flex min-h-11 items-center gap-2">
              <input type="radio" value={value} className="size-5" {...register("wouldRenew")} />
              {t[value]}
            </label>
          ))}
        </div>
        {fieldError("wouldRenew") ? <p id={`${id}-renew-error`} className="mt-1 text-danger">{fieldError("wouldRenew")}</p> : null}
      </fieldset>
      <Field id={`${id}-results`} label={t.results} error={fieldError("results")}>
        {(aria) => <textarea {...aria} rows={4} className={inputClass} {...register("results")} />}
      </Field>
      <Field id={`${id}-lessons`} label={t.lessons} error={fieldError("lessons")}>
        {(aria) => <textarea {...aria} rows={4} className={inputClass} {...register("lessons")} />}
      </Field>
      <button type="submit" className={buttonStyles.primary} disabled={pending}>
        {pending ? saving : current ? t.updateEvaluation : t.submitEvaluation}
      </button>
    </form>
  );
}
