import { isValidPartitaIva } from "./is-valid-partita-iva";

/**
 * Whether `value` is a well-formed numeric codice fiscale of an organisation (a company,
 * or an association without a partita IVA, whose code usually starts with 8 or 9): eleven
 * digits with the same check digit as a partita IVA.
 */
export function isValidOrganizationTaxCode(value: string): boolean {
  return isValidPartitaIva(value);
}
