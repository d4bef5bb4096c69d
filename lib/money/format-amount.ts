import type { Locale } from "@/lib/i18n/locales";

// Amounts in the reader's language, the same on every page, PDF and e-mail.

const tag = (locale: Locale) => (locale === "it" ? "it-IT" : "en-GB");

/**
 * Cents as euros: "1.234,50 €" (it), "€1,234.50" (en). Thousands are always grouped
 * (Italian CLDR would leave four-digit amounts ungrouped, "1234,50 €", unlike Italian
 * business documents and the forms' own examples). With `wholeWithoutCents`, a whole amount
 * drops its ",00" ("1.500 €"), for summaries.
 */
export function formatEuro(cents: number, locale: Locale, options: { wholeWithoutCents?: boolean } = {}): string {
  const fractionDigits = options.wholeWithoutCents && cents % 100 === 0 ? 0 : 2;
  return new Intl.NumberFormat(tag(locale), {
    style: "currency",
    currency: "EUR",
    useGrouping: "always",
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(cents / 100);
}

/** A number or a database decimal as text, at most two decimals, no trailing zeros: "12.5" → "12,5" (it). Not a number: the text as it is. */
export function formatDecimal(value: number | string, locale: Locale): string {
  const number = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(number)) return String(value);
  return new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 2 }).format(number);
}

/** Hundredths of an hour as hours: 150 → "1,5" (it). */
export function formatHours(hundredths: number, locale: Locale): string {
  return formatDecimal(hundredths / 100, locale);
}
