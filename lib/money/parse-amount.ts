// Amounts as people type them on an Italian (or English) form: "1.234,50", "1234.50",
// "1,234.50", "€ 250", "1,5" hours. Everything becomes an integer (euro cents, hundredths of
// an hour) so totals never round. The one parser of the negotiation and programme forms.

export type AmountError = "invalid" | "ambiguous" | "negative" | "tooLarge";
export type AmountParse = { ok: true; value: number } | { ok: false; reason: AmountError };

/** Ten million euro: far above any contribution here (a typo guard), well inside a 32-bit count of cents. */
export const MAX_EURO_CENTS = 1_000_000_000;
/** 100,000 hours in one entry is already absurd; the column holds far more. */
export const MAX_HOURS_HUNDREDTHS = 10_000_000;

/**
 * Splits an unsigned typed number into integer and fraction digits. The last of "," or "."
 * followed by one or two digits is the decimal separator; any other separator must group
 * digits by three ("1.234.567", "1,234.50", "1.234,50"), always the same character. A lone
 * "." before exactly three digits groups thousands, the Italian way ("1.234" is one thousand
 * two hundred thirty-four); a lone "," before three digits ("1,234") is "ambiguous": Italian
 * 1,234 or English 1234, so it is refused rather than guessed. Anything else is null.
 */
export function splitDecimalNumber(text: string): { whole: string; fraction: string } | "ambiguous" | null {
  const match = /^(\d{1,3}(?:[.,]\d{3})*|\d+)(?:[.,](\d{1,2}))?$/.exec(text);
  if (!match) return null;
  const [, wholePart = "", fraction = ""] = match;
  const separators = new Set(wholePart.replace(/\d/g, ""));
  // "1.234,5" and "1,234.5" are fine; "1.234,567" would mix the roles of the separators.
  if (separators.size > 1) return null;
  const decimalSeparator = text.charAt(text.length - fraction.length - 1);
  if (fraction && separators.has(decimalSeparator)) return null;
  if (!fraction && separators.has(",")) return wholePart.split(",").length === 2 ? "ambiguous" : null;
  return { whole: wholePart.replace(/[.,]/g, ""), fraction };
}

/**
 * A typed amount → an integer in hundredths, at most `max`. Spaces are ignored, and a "€"
 * or "EUR" before or after the number; a sign "-" (or "−") is refused as negative, "+" is
 * allowed. More than two decimals, misplaced groups, letters → invalid.
 */
function parseHundredths(input: string, max: number): AmountParse {
  const compact = input.replace(/[\s\u00a0\u202f]/g, "").replace(/^(€|EUR)|(€|EUR)$/gi, "");
  if (compact.startsWith("-") || compact.startsWith("\u2212")) return { ok: false, reason: "negative" };
  const parts = splitDecimalNumber(compact.startsWith("+") ? compact.slice(1) : compact);
  if (parts === "ambiguous") return { ok: false, reason: "ambiguous" };
  if (!parts) return { ok: false, reason: "invalid" };
  if (parts.whole.replace(/^0+/, "").length > 12) return { ok: false, reason: "tooLarge" };
  const value = Number(parts.whole) * 100 + Number(parts.fraction.padEnd(2, "0"));
  if (value > max) return { ok: false, reason: "tooLarge" };
  return { ok: true, value };
}

/** "1.234,50", "1234.50", "€ 12" → cents; "" and other text are invalid, negatives refused, "1,234" ambiguous. */
export function parseEuroCents(input: string): AmountParse {
  return parseHundredths(input, MAX_EURO_CENTS);
}

/** An optional amount: a blank field is no amount (null), anything else as parseEuroCents. */
export function parseOptionalEuroCents(input: string): { ok: true; value: number | null } | { ok: false; reason: AmountError } {
  return input.trim() === "" ? { ok: true, value: null } : parseEuroCents(input);
}

/** "1,5", "1.5", "2" → hundredths of an hour (150, 150, 200). */
export function parseHoursHundredths(input: string): AmountParse {
  return parseHundredths(input, MAX_HOURS_HUNDREDTHS);
}
