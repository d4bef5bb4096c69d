import type { Locale } from "./locales";
import { en } from "./messages/en";
import { it, type Messages } from "./messages/it";

const CATALOGS: Record<Locale, Messages> = { it, en };

export function getMessages(locale: Locale): Messages {
  return CATALOGS[locale];
}

export type { Messages };
