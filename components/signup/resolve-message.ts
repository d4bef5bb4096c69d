import type { Messages } from "@/lib/i18n/get-messages";

export type ValidationTexts = Messages["signup"]["validation"];

/** zod and services speak in catalog keys; show the text, or the key if a text is missing. */
export function resolveMessage(texts: ValidationTexts, key: string | undefined): string | undefined {
  if (!key) return undefined;
  return (texts as Record<string, string>)[key] ?? key;
}
