import { partitaIvaCheckDigit } from "@/lib/tax-codes";

// Digits 8-10 of a partita IVA or numeric codice fiscale name the provincial office that
// issued it: 018 is Pavia. The demo codes are invented matricole issued there, completed
// with the real check digit so that every validator accepts them.
const PAVIA_OFFICE = "018";

/** An 11-digit tax code from a 7-digit matricola, issued in Pavia, with its check digit. */
export function paviaTaxCode(matricola: string): string {
  const firstTen = `${matricola}${PAVIA_OFFICE}`;
  return `${firstTen}${partitaIvaCheckDigit(firstTen)}`;
}
