import type { Locale } from "@/lib/i18n/locales";

/** Day and time in Italy, in the reader's language: "3 apr 2026, 10:15". */
export function formatDateTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "it" ? "it-IT" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Rome" }).format(date);
}
