// Fixed-point decimals of the database (Prisma Decimal columns with two decimals, e.g. hours,
// indicator values) as text, to and from integer hundredths: no floating point in between.

/** Hundredths as the decimal string the database column takes: 150 → "1.50", -5 → "-0.05". */
export function hundredthsToDecimalString(hundredths: number): string {
  const sign = hundredths < 0 ? "-" : "";
  const absolute = Math.abs(hundredths);
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, "0")}`;
}

/** A decimal from the database ("1.5", "1.50", "-3", "12") back to hundredths (150, 150, -300, 1200); digits past the second decimal are dropped. */
export function decimalStringToHundredths(decimal: string): number {
  const text = decimal.trim();
  const negative = text.startsWith("-");
  const [whole = "0", fraction = ""] = text.replace(/^[-+]/, "").split(".");
  const hundredths = Number(whole || "0") * 100 + Number(fraction.padEnd(2, "0").slice(0, 2));
  return negative ? -hundredths : hundredths;
}
