"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState, useId } from "react";
import { useForm } from "react-hook-form";
import { answerCheckInAction } from "@/app/_actions/partnerships/monitoring";
import { submitToAction } from "@/components/signup/submit-to-action";
import { buttonStyles } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import { answerCheckInSchema, type AnswerCheckInData, type AnswerCheckInInput } from "@/lib/partnerships/monitoring/monitoring-schemas";
import { Field, errorText, formErrorOf, inputClass, type MonitoringTexts } from "./form-bits";
import { RatingRadios } from "./rating-radios";

type Props = { t: MonitoringTexts; optional: string; partnershipId: string; checkInId: string; question: string };

/** The short check-in a partner answers at each phase change: a rating and an optional comment. */
export function CheckInForm({ t, optional, partnershipId, checkInId, question }: Props) {
  const id = useId();
  const [state, formAction, pending] = useActionState(answerCheckInAction, { status: "idle" });
  const { register, handleSubmit, formState } = useForm<AnswerCheckInInput, unknown, AnswerCheckInData>({
    resolver: zodResolver(answerCheckInSchema),
    defaultValues: { partnershipId, checkInId, comment: "" },
  });
  if (state.status === "saved") return <Notice tone="success">{t.pendingThanks}</Notice>;
  const fieldError = (name: "rating" | "comment") =>
    errorText(t, formState.errors[name]?.message ?? (state.status === "error" ? state.fieldErrors?.[name] : undefined));
  const formError = formErrorOf(t, state);

  return (
    <form onSubmit={handleSubmit(submitToAction(formAction))} noValidate className="space-y-4">
      <p>{question}</p>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <input type="hidden" {...register("partnershipId")} />
      <input type="hidden" {...register("checkInId")} />
      <RatingRadios legend={t.pendingRatingLegend} words={t.ratings} error={fieldError("rating")} errorId={`${id}-rating-error`} registration={register("rating")} />
      <Field id={`${id}-comment`} label={`${t.pendingComment} (${optional})`} error={fieldError("comment")}>
        {(aria) => <textarea {...aria} rows={3} className={inputClass} {...register("comment")} />}
      </Field>
      <button type="submit" className={buttonStyles.primary} disabled={pending}>
        {pending ? t.pendingSubmitting : t.pendingSubmit}
      </button>
    </form>
  );
}
