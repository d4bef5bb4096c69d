export { isValidOrganizationTaxCode } from "./is-valid-organization-tax-code";
export { isValidPartitaIva } from "./is-valid-partita-iva";
export { isValidPersonTaxCode } from "./is-valid-person-tax-code";
export { normalizeTaxCode } from "./normalize-tax-code";
export { partitaIvaCheckDigit } from "./partita-iva-check-digit";
export { personTaxCodeCheckCharacter } from "./person-tax-code-check-character";
