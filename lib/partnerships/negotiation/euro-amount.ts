// Euro amounts as people type them, in Italian or English: "1.234,50", "1234.50",
// "1,234.50", "€ 250", "250,5". Stored as integer cents so totals never round.

/** The largest planned value accepted: ten million euros (a typo guard, far above any real contribution). */
export const MAX_EURO_CENTS = 10_000_000_00;

export type EuroParse = { ok: true; cents: number | null } | { ok: false; reason: "amountInvalid" | "amountNegative" | "amountTooLarge" };

/** "1", "234", "567" → "1234567"; null unless the first group has 1–3 digits and the others exactly 3. */
function ungroup(groups: string[]): string | null {
  const [first, ...rest] = groups;
  if (!first || !/^\d{1,3}$/.test(first) || !rest.every((group) => /^\d{3}$/.test(group))) return null;
  return groups.join("");
}

/**
 * Parses an amount; "" is no amount (cents null). With both "." and "," the last one is
 * the decimal separator and the other groups thousands. With one kind only: repeated, it
 * groups thousands ("1.234.567"); once and followed by exactly three digits it groups too
 * ("1.234" and "1,234" are both one thousand two hundred and thirty-four, as people mean
 * it); followed by one or two digits it is the decimal separator. More than two decimals,
 * misplaced groups, letters → invalid.
 */
export function parseEuroAmount(raw: string): EuroParse {
  const compact = raw.replace(/[\s\u00a0\u202f]/g, "");
  if (compact === "") return { ok: true, cents: null };
  let text = compact.replace(/^€|€$|EUR$/gi, "");
  if (text.startsWith("-") || text.startsWith("−")) return { ok: false, reason: "amountNegative" };
  if (text.startsWith("+")) text = text.slice(1);
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return { ok: false, reason: "amountInvalid" };

  let integer: string | null;
  let decimals = "";
  const lastDot = text.lastIndexOf(".");
  const lastComma = text.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalAt = Math.max(lastDot, lastComma);
    const decimal = text[decimalAt]!;
    const head = text.slice(0, decimalAt);
    decimals = text.slice(decimalAt + 1);
    integer = head.includes(decimal) ? null : ungroup(head.split(decimal === "." ? "," : "."));
  } else if (lastDot >= 0 || lastComma >= 0) {
    const parts = text.split(lastDot >= 0 ? "." : ",");
    if (parts.length > 2 || parts[1]!.length === 3) {
      integer = ungroup(parts);
    } else {
      integer = parts[0]!;
      decimals = parts[1]!;
    }
  } else {
    integer = text;
  }
  if (integer === null) return { ok: false, reason: "amountInvalid" };
  if (integer === "") integer = "0";
  if (!/^\d+$/.test(integer) || !/^\d{0,2}$/.test(decimals)) return { ok: false, reason: "amountInvalid" };
  if (integer.replace(/^0+/, "").length > 9) return { ok: false, reason: "amountTooLarge" };
  const cents = Number(integer) * 100 + Number(decimals.padEnd(2, "0"));
  if (cents > MAX_EURO_CENTS) return { ok: false, reason: "amountTooLarge" };
  return { ok: true, cents };
}

/** Cents as euros in the reader's language: "12.345,50 €" (it-IT; CLDR leaves 4-digit amounts ungrouped), "€12,345.50" (en-GB). */
export function formatEuro(cents: number, locale: "it" | "en"): string {
  return new Intl.NumberFormat(locale === "it" ? "it-IT" : "en-GB", { style: "currency", currency: "EUR" }).format(cents / 100);
}
