import type { Messages } from "@/lib/i18n/get-messages";

/** The board's own answers to its small forms (schema and service keys), looked up before t.forms. */
export function boardErrors(t: Messages["board"]): Record<string, string> {
  return { limitInvalid: t.limitInvalid, ownerInvalid: t.ownerInvalid, generic: t.formFailed };
}
