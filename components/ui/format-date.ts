import type { Locale } from "@/lib/i18n/locales";

export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "it" ? "it-IT" : "en-GB", { dateStyle: "medium", timeZone: "Europe/Rome" }).format(date);
}
