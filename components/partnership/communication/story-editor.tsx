"use client";

import { useId } from "react";
import { useWatch } from "react-hook-form";
import { FormMessage, HiddenFields, SubmitButton, TextareaField, translateKey, useActionForm, type FormServerAction } from "@/components/ui/form";
import { format } from "@/lib/i18n/define-section";
import { saveStorySchema, STORY_MAX_LENGTH, STORY_MIN_LENGTH } from "@/lib/partnerships/communication/communication-schemas";
import type { CommunicationTexts } from "./communication-item-form";

type Props = { texts: CommunicationTexts; action: FormServerAction; partnershipId: string; story: string; formLabel: string };

/** The story's text with a live character count; a changed text asks both parties to approve again. */
export function StoryEditor({ texts, action, partnershipId, story, formLabel }: Props) {
  const c = texts.communication;
  const prefix = useId();
  const { form, state, formAction, onSubmit, pending, errorOf, formError } = useActionForm({ schema: saveStorySchema, action, defaultValues: { partnershipId, story } });
  const current = useWatch({ control: form.control, name: "story" });
  const text = (key: string | undefined) => translateKey(key, c.errors, texts.partnership.formErrors, texts.forms);
  return (
    <form aria-label={formLabel} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage state={state} error={text(formError)} saved={c.storySaved} />
      <HiddenFields values={{ partnershipId }} />
      <TextareaField
        id={`${prefix}-story`}
        rows={6}
        maxLength={STORY_MAX_LENGTH + 200}
        label={c.fields.story}
        hint={story === "" ? undefined : c.storyEditWarning}
        defaultValue={story}
        error={text(errorOf("story"))}
        registration={form.register("story")}
      />
      <p className="text-sm text-muted">{format(c.storyCounter, { count: (current ?? "").trim().length, max: STORY_MAX_LENGTH, min: STORY_MIN_LENGTH })}</p>
      <SubmitButton pending={pending} pendingLabel={texts.partnership.saving}>{c.saveStory}</SubmitButton>
    </form>
  );
}
