import type { Messages } from "@/lib/i18n/get-messages";
import type { PartnershipFormState } from "@/app/_actions/partnerships/run-partnership-action";

/** The slices of the catalog the agreement's client forms need. */
export type AgreementTexts = { agreement: Messages["agreement"]; partnership: Messages["partnership"] };

/** A zod or service message key in the reader's language (unknown keys are shown as they are). */
export function errorText(t: AgreementTexts, key: string | undefined): string | undefined {
  if (!key) return undefined;
  const errors: Record<string, string> = t.agreement.errors;
  return errors[key] ?? key;
}

/** The form-level message of a failed action. */
export function formErrorText(t: AgreementTexts, state: PartnershipFormState): string | undefined {
  if (state.status !== "error") return undefined;
  if (state.formError) {
    const known: Record<string, string> = t.partnership.formErrors;
    return known[state.formError] ?? t.partnership.formErrors.generic;
  }
  return errorText(t, state.fieldErrors?.form);
}

export const inputClass =
  "mt-1 block min-h-11 w-full rounded-md border-2 border-muted px-3 py-2 text-base aria-[invalid=true]:border-danger";
