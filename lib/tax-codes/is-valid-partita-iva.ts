import { partitaIvaCheckDigit } from "./partita-iva-check-digit";

const ELEVEN_DIGITS = /^\d{11}$/;

/**
 * Whether `value` is a well-formed partita IVA: exactly eleven digits (no "IT" prefix, no
 * spaces: pass it through `normalizeTaxCode` first) whose last digit is the check digit
 * of the first ten. "00000000000" passes the arithmetic but is a placeholder, never a
 * real number, so it is refused.
 */
export function isValidPartitaIva(value: string): boolean {
  if (!ELEVEN_DIGITS.test(value) || value === "00000000000") return false;
  return partitaIvaCheckDigit(value.slice(0, 10)) === Number(value[10]);
}
