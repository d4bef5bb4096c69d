"use client";

import { ActionButton, type FormServerAction } from "@/components/ui/form";
import type { Messages } from "@/lib/i18n/get-messages";
import { interestText } from "./interest-text";

type Props = {
  action: FormServerAction;
  fields: Record<string, string>;
  label: string;
  accessibleLabel: string;
  variant?: "secondary" | "quiet";
  t: Messages["suggestions"];
  forms: Messages["forms"];
};

/** One click on an interest or a suggestion (withdraw, dismiss), with its refusal beside it. */
export function InterestButton({ action, fields, label, accessibleLabel, variant = "secondary", t, forms }: Props) {
  return <ActionButton action={action} fields={fields} label={label} accessibleLabel={accessibleLabel} variant={variant} errorText={interestText(t, forms)} />;
}
