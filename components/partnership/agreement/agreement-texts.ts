import { translateKey } from "@/components/ui/form";
import type { Messages } from "@/lib/i18n/get-messages";

/** The slices of the catalog the agreement's client forms need. */
export type AgreementTexts = { agreement: Messages["agreement"]; partnership: Messages["partnership"]; forms: Messages["forms"] };

/** A zod or service message key in the reader's language: the agreement's own texts first. */
export function agreementText(t: AgreementTexts, key: string | undefined): string | undefined {
  return translateKey(key, t.agreement.errors, t.partnership.formErrors, t.forms);
}
