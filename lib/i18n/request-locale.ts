import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { getMessages } from "./get-messages";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "./locales";

/** The visitor's language: the one they chose with the switch, otherwise Italian. */
export const getRequestLocale = cache(async (): Promise<Locale> => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(chosen) ? chosen : DEFAULT_LOCALE;
});

export async function getRequestMessages() {
  const locale = await getRequestLocale();
  return { locale, t: getMessages(locale) };
}
