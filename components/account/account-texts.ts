import { translateKey } from "@/components/ui/form";
import type { Messages } from "@/lib/i18n/get-messages";

/** What the account forms receive from the page: their own texts, signup's password and e-mail rules, the kit's. */
export type AccountFormTexts = { account: Messages["account"]; validation: Messages["signup"]["validation"]; forms: Messages["forms"] };

export function accountFormTexts(t: Messages): AccountFormTexts {
  return { account: t.account, validation: t.signup.validation, forms: t.forms };
}

/** A message key of an account action or schema, in the reader's language. */
export function accountErrorText(texts: AccountFormTexts, key: string | undefined): string | undefined {
  return translateKey(key, texts.account.errors, texts.validation, texts.forms);
}
