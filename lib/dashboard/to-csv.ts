/** The characters a spreadsheet reads as the start of a formula (plus tab and CR, per OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell for spreadsheets set up the Italian way (`;` between fields). A text that
 * starts like a formula gets a leading apostrophe so Excel or LibreOffice show it instead
 * of running it (CSV injection: an organisation's name is typed by its members). Numbers
 * are written by the caller and are never touched. A cell holding `;`, `"` or a line
 * break is quoted, with inner quotes doubled (RFC 4180).
 */
export function csvCell(value: string | number): string {
  let text = typeof value === "number" ? String(value) : value;
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A whole CSV document: a UTF-8 byte order mark first (so Excel reads accented letters
 * right), `;` between cells, CRLF between rows.
 */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(";")).join("\r\n")}\r\n`;
}
