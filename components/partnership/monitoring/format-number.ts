import type { Locale } from "@/lib/i18n/locales";

/** A measured value as people read it: "13.500,5" in Italian, "13,500.5" in English. */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "it" ? "it-IT" : "en-GB", { maximumFractionDigits: 2 }).format(value);
}
