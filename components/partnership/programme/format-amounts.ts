import type { Locale } from "@/lib/i18n/locales";

const tag = (locale: Locale) => (locale === "it" ? "it-IT" : "en-GB");

export function formatEuro(cents: number, locale: Locale): string {
  return new Intl.NumberFormat(tag(locale), { style: "currency", currency: "EUR" }).format(cents / 100);
}

export function formatHours(hundredths: number, locale: Locale): string {
  return new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 2 }).format(hundredths / 100);
}
