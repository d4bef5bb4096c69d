"use client";

import { useId } from "react";
import { FormMessage, HiddenFields, SubmitButton, TextareaField, translateKey, useActionForm } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { answerCheckInAction } from "@/lib/actions/partnerships/answer-check-in";
import type { Messages } from "@/lib/i18n/get-messages";
import { answerCheckInSchema } from "@/lib/partnerships/monitoring/monitoring-schemas";
import { RatingRadios } from "./rating-radios";

type Props = {
  t: Messages["monitoring"];
  /** Where a refusal's key is looked up, the most specific first. */
  catalogues: Array<Record<string, string>>;
  optional: string;
  partnershipId: string;
  checkInId: string;
  question: string;
};

/** The short check-in a partner answers at each phase change: a rating and an optional comment. */
export function CheckInForm({ t, catalogues, optional, partnershipId, checkInId, question }: Props) {
  const id = useId();
  const defaults = { partnershipId, checkInId, comment: "" };
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({ schema: answerCheckInSchema, action: answerCheckInAction, defaultValues: defaults });
  if (state.status === "success") return <Notice tone="success">{t.pendingThanks}</Notice>;
  const text = (key: string | undefined) => translateKey(key, ...catalogues);

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <p>{question}</p>
      <FormMessage state={state} error={text(formError)} />
      <HiddenFields values={{ partnershipId, checkInId }} />
      <RatingRadios legend={t.pendingRatingLegend} words={t.ratings} error={text(errorOf("rating"))} errorId={`${id}-rating-error`} registration={form.register("rating")} />
      <TextareaField id={`${id}-comment`} rows={3} label={`${t.pendingComment} (${optional})`} error={text(errorOf("comment"))} registration={form.register("comment")} />
      <SubmitButton pending={pending} pendingLabel={t.pendingSubmitting}>{t.pendingSubmit}</SubmitButton>
    </form>
  );
}
