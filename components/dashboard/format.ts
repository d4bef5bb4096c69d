import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";

const tag = (locale: Locale) => (locale === "it" ? "it-IT" : "en-GB");

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 2 }).format(value);
}

/** Euro cents as euro, without decimals when there are none: "1.500 €", "12,50 €". */
export function formatEuro(cents: number, locale: Locale): string {
  const fractionDigits = cents % 100 === 0 ? 0 : 2;
  return new Intl.NumberFormat(tag(locale), { style: "currency", currency: "EUR", minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(cents / 100);
}

export function formatDays(days: number, locale: Locale, t: Messages["dashboard"]): string {
  return days === 1 ? t.oneDay : format(t.days, { count: formatNumber(days, locale) });
}
