"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useId } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { buttonStyles } from "@/components/ui/button-styles";
import { format } from "@/lib/i18n/define-section";
import { saveStorySchema, STORY_MAX_LENGTH, STORY_MIN_LENGTH } from "@/lib/partnerships/communication/communication-schemas";
import { describedBy, Field, FormMessage, inputClass, resolveError, useActionForm, type FormAction } from "../programme/form-parts";
import type { CommunicationTexts } from "./communication-item-form";

type Input = z.input<typeof saveStorySchema>;

/** The story's text with a live character count; a changed text asks both parties to approve again. */
export function StoryEditor({ texts, action, partnershipId, story, formLabel }: { texts: CommunicationTexts; action: FormAction; partnershipId: string; story: string; formLabel: string }) {
  const c = texts.communication;
  const errorTexts = { formErrors: texts.partnership.formErrors, errors: c.errors };
  const prefix = useId();
  const { register, handleSubmit, control, formState } = useForm<Input>({ resolver: zodResolver(saveStorySchema), defaultValues: { partnershipId, story } });
  const { state, pending, post, formAction } = useActionForm(action, () => undefined);
  const text = useWatch({ control, name: "story" });
  const error = resolveError(errorTexts, formState.errors.story?.message ?? (state.status === "error" ? state.fieldErrors?.story : undefined));
  const id = `${prefix}-story`;
  return (
    <form aria-label={formLabel} action={formAction} noValidate onSubmit={handleSubmit((_values, event) => post(event?.target as HTMLFormElement))} className="space-y-4">
      <FormMessage state={state} texts={errorTexts} saved={c.storySaved} />
      <input type="hidden" {...register("partnershipId")} />
      <Field id={id} label={c.fields.story} hint={story === "" ? undefined : c.storyEditWarning} error={error}>
        <textarea id={id} rows={6} maxLength={STORY_MAX_LENGTH + 200} className={inputClass} {...describedBy(id, { hint: story !== "", error })} {...register("story")} />
      </Field>
      <p className="text-sm text-muted">
        {format(c.storyCounter, { count: text.trim().length, max: STORY_MAX_LENGTH, min: STORY_MIN_LENGTH })}
      </p>
      <button type="submit" className={buttonStyles.primary} disabled={pending}>
        {pending ? texts.partnership.saving : c.saveStory}
      </button>
    </form>
  );
}
