"use client";

import { ActionButton, translateKey, type FormServerAction } from "@/components/ui/form";

type Props = {
  action: FormServerAction;
  label: string;
  /** t.questionnaire.errors, then t.forms: what a refusal says. */
  errors: Record<string, string>;
  forms: Record<string, string>;
};

/** Sends the questionnaire for review; a refusal (no longer editable, incomplete) is shown beside it. */
export function SubmitQuestionnaireButton({ action, label, errors, forms }: Props) {
  return <ActionButton action={action} fields={{}} label={label} variant="primary" errorText={(key) => translateKey(key, errors, forms)} />;
}
