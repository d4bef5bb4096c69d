import { dayToDate } from "@/lib/dates/rome-calendar";
import type { Locale } from "@/lib/i18n/locales";

// Formatting for documents built in lib (the agreement, the impact report, their PDFs
// and CSV): dates and times in Italy's time zone, whoever reads them and wherever the
// server runs.

const tag = (locale: Locale) => (locale === "it" ? "it-IT" : "en-GB");

/** A calendar day stored as YYYY-MM-DD (or a @db.Date), e.g. "1 marzo 2026". */
export function formatDay(day: string | Date, locale: Locale): string {
  const date = typeof day === "string" ? dayToDate(day) : day;
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/** An instant in Europe/Rome, e.g. "1 marzo 2026, 14:05". */
export function formatDateTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Rome" }).format(date);
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
