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
