import type { Locale } from "@/lib/i18n/locales";

// Formatting for documents built in lib (the agreement, the impact report, their PDFs
// and CSV): dates and times in Italy's time zone, whoever reads them and wherever the
// server runs.

const tag = (locale: Locale) => (locale === "it" ? "it-IT" : "en-GB");

/** A calendar day stored as YYYY-MM-DD (or a @db.Date), e.g. "1 marzo 2026". */
export function formatDay(day: string | Date, locale: Locale): string {
  const date = typeof day === "string" ? new Date(`${day}T00:00:00Z`) : day;
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/** An instant in Europe/Rome, e.g. "1 marzo 2026, 14:05". */
export function formatDateTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Rome" }).format(date);
}

/** Euro from cents: "1.250,00 €" in Italian. */
export function formatEuro(cents: number, locale: Locale): string {
  // "always": Italian CLDR leaves 4-digit amounts ungrouped (5000,00 €), unlike Italian business documents.
  return new Intl.NumberFormat(tag(locale), { style: "currency", currency: "EUR", useGrouping: "always" }).format(cents / 100);
}

/** A decimal as text (Prisma Decimal or string), without trailing zeros: "12.5" → "12,5". */
export function formatNumber(value: string | number, locale: Locale): string {
  const number = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(number)) return String(value);
  return new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 2 }).format(number);
}

/** A file-name slug: "Riso solidale della Lomellina" → "riso-solidale-della-lomellina". */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return slug || "partnership";
}
