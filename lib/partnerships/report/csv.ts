// CSV for Italian Excel: UTF-8 with a byte-order mark (so Excel reads accents and €
// correctly), ";" between cells (Excel's list separator in Italy, where "," is the
// decimal comma), CRLF between rows.

export const CSV_SEPARATOR = ";";
const BOM = "\uFEFF";

/** A number written as itself is data, not a formula: "-3" or "12,5" stays as it is. */
const PLAIN_NUMBER = /^-?\d+([.,]\d+)?$/;

/**
 * One cell, safe to open in a spreadsheet:
 * - formula injection: text starting with = + - @ (or a tab / carriage return, which some
 *   spreadsheets skip before a formula) gets a leading apostrophe, so Excel shows it as
 *   text instead of running it; plain numbers (e.g. "-3") are left alone;
 * - a cell holding the separator, a quote or a line break is quoted, quotes doubled.
 */
export function escapeCsvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  if (/[;"\r\n]/.test(text)) text = `"${text.replaceAll('"', '""')}"`;
  return text;
}

/** Rows of cells → the CSV file's text (BOM, header first). */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  const lines = [header, ...rows].map((row) => row.map(escapeCsvCell).join(CSV_SEPARATOR));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
