// Amounts as people type them on an Italian form: "1.234,50" or "1234.50" euro, "1,5" hours.
// Everything becomes an integer (cents, hundredths of an hour) so totals never round.

export type AmountParse = { ok: true; value: number } | { ok: false; reason: "invalid" | "negative" | "tooLarge" };

/** Ten million euro: far above any contribution here, well inside a 32-bit count of cents. */
export const MAX_EURO_CENTS = 1_000_000_000;
/** 100,000 hours in one entry is already absurd; the column holds far more. */
export const MAX_HOURS_HUNDREDTHS = 10_000_000;

/**
 * Splits a typed number into integer and fraction digits. The last of "," or "." followed
 * by one or two digits is the decimal separator; any other separator must group digits by
 * three ("1.234.567", "1,234.50"). A lone "." before exactly three digits is a thousands
 * separator, the Italian way ("1.234" is one thousand two hundred thirty-four); a lone ","
 * before three digits is ambiguous and refused.
 */
function splitNumber(text: string): { whole: string; fraction: string } | null {
  const match = /^(\d{1,3}(?:[.,]\d{3})*|\d+)(?:[.,](\d{1,2}))?$/.exec(text);
  if (!match) return null;
  const [, wholePart = "", fraction = ""] = match;
  const separators = new Set(wholePart.replace(/\d/g, ""));
  // "1.234,5" and "1,234.5" are fine; "1.234.5" would mix roles of the same character.
  if (separators.size > 1) return null;
  const decimalSeparator = text.charAt(text.length - fraction.length - 1);
  if (fraction && separators.has(decimalSeparator)) return null;
  // A lone "1,234" could be Italian 1.234 or English 1234: refuse rather than guess.
  if (!fraction && separators.has(",")) return null;
  return { whole: wholePart.replace(/[.,]/g, ""), fraction };
}

function parseScaled(input: string, max: number): AmountParse {
  const text = input.replace(/[\s\u00a0€]/g, "");
  if (text.startsWith("-") || text.startsWith("\u2212")) return { ok: false, reason: "negative" };
  const parts = splitNumber(text.startsWith("+") ? text.slice(1) : text);
  if (!parts || parts.whole.length > 12) return { ok: false, reason: "invalid" };
  const value = Number(parts.whole) * 100 + Number(parts.fraction.padEnd(2, "0"));
  if (value > max) return { ok: false, reason: "tooLarge" };
  return { ok: true, value };
}

/** "1.234,50", "1234.50", "€ 12" → cents; negatives and other text are refused. */
export function parseEuroCents(input: string): AmountParse {
  return parseScaled(input, MAX_EURO_CENTS);
}

/** "1,5", "1.5", "2" → hundredths of an hour (150, 150, 200). */
export function parseHoursHundredths(input: string): AmountParse {
  return parseScaled(input, MAX_HOURS_HUNDREDTHS);
}

/** Hundredths of an hour as the decimal string the database column takes ("1.50"). */
export function hundredthsToDecimalString(hundredths: number): string {
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}`;
}

/** A decimal from the database ("1.5", "1.50") back to hundredths, without floating point. */
export function decimalStringToHundredths(decimal: string): number {
  const [whole = "0", fraction = ""] = decimal.split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0").slice(0, 2));
}
