import { translateKey } from "@/components/ui/form";
import type { Messages } from "@/lib/i18n/get-messages";

/** The text of an interest action's key: a field's (`validation`), the area's (`errors`), the app's. */
export function interestText(t: Messages["suggestions"], forms: Messages["forms"]) {
  return (key: string | undefined) => translateKey(key, t.validation, t.errors, forms);
}
