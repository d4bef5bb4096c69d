import "server-only";
import { cookies } from "next/headers";
import { serverConfig } from "@/lib/config/server-config";
import { LOCALE_COOKIE, type Locale } from "./locales";

/** The visitor's language, remembered for a year and readable by the server on every request. */
export async function rememberLocale(locale: Locale): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: true,
    secure: serverConfig().secureCookies,
  });
}
