/**
 * The canonical form of a tax code as typed by a person: no surrounding or inner
 * whitespace ("012 345 678 90", tabs, non-breaking spaces), upper-case letters.
 * The validators accept only this form, so normalise first and store what they accept.
 */
export function normalizeTaxCode(value: string): string {
  return value.replace(/\s+/g, "").toUpperCase();
}
