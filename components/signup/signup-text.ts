import { translateKey } from "@/components/ui/form";
import type { Messages } from "@/lib/i18n/get-messages";

/**
 * The text of a signup-area message key: the field's own (`signup.validation`), then the
 * area's form-level ones ("formHasErrors", "rateLimited"), then the app's (`forms`).
 */
export function signupText(t: Messages["signup"], forms: Messages["forms"]) {
  const own = { formHasErrors: t.formHasErrors, rateLimited: t.rateLimited, generic: t.unexpectedError };
  return (key: string | undefined) => translateKey(key, t.validation, own, forms);
}
