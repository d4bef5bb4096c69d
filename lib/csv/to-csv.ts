import type { Locale } from "@/lib/i18n/locales";

// CSV for spreadsheets set up the Italian way: UTF-8 with a byte-order mark (so Excel reads
// accents and € right), ";" between cells (Excel's list separator in Italy, where "," is the
// decimal comma), CRLF between rows. The one CSV writer of the app (impact report, dashboard).

export const CSV_SEPARATOR = ";";
const BOM = "\uFEFF";

export type CsvValue = string | number | null | undefined;

/** The characters a spreadsheet reads as the start of a formula (plus tab and CR, per OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A number written as itself is data, not a formula: "-3" or "-12,5" stays as it is. */
const PLAIN_NUMBER = /^-?\d+([.,]\d+)?$/;

/**
 * One cell, safe to open in a spreadsheet:
 * - null/undefined → empty; a JS number is written as itself (it cannot be a formula);
 * - formula injection: text starting with = + - @ (or a tab / carriage return, which some
 *   spreadsheets skip before a formula) gets a leading apostrophe, so Excel and LibreOffice
 *   show it as text instead of running it; plain numbers written as text ("-3", "-12,5")
 *   are left alone;
 * - a cell holding the separator, a quote or a line break is quoted, inner quotes doubled
 *   (RFC 4180).
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows of cells (the header is simply the first row) → the CSV document: BOM, ";", CRLF after every row. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvValue>>): string {
  return `${BOM}${rows.map((row) => row.map(csvCell).join(CSV_SEPARATOR)).join("\r\n")}\r\n`;
}

/**
 * A number for a CSV cell, the way a spreadsheet in the reader's language reads it: the
 * decimal comma in Italian ("12,5", "-3"), the point in English; no thousands separators
 * (they would turn the cell into text); at most two decimals. null → an empty cell.
 */
export function csvNumber(value: number | null, locale: Locale): string {
  if (value === null) return "";
  return new Intl.NumberFormat(locale === "it" ? "it-IT" : "en-GB", { useGrouping: false, maximumFractionDigits: 2 }).format(value);
}
