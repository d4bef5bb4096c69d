import { personTaxCodeCheckCharacter } from "./person-tax-code-check-character";

// Surname (3 letters), name (3), year (2), month letter, day (2, +40 for women), place of
// birth (a letter and 3 digits), check letter. When two people would share a code the
// Agenzia delle Entrate replaces digits, from the right, with the letters LMNPQRSTUV
// (omocodia), so every "digit" position accepts those letters too.
const DIGIT = "[0-9LMNPQRSTUV]";
const PATTERN = new RegExp(`^[A-Z]{6}${DIGIT}{2}[ABCDEHLMPRST]${DIGIT}{2}[A-Z]${DIGIT}{3}[A-Z]$`);
const OMOCODIA_LETTERS = "LMNPQRSTUV";

function decodeDigits(characters: string): number {
  let digits = "";
  for (const character of characters) {
    const omocode = OMOCODIA_LETTERS.indexOf(character);
    digits += omocode >= 0 ? String(omocode) : character;
  }
  return Number(digits);
}

/**
 * Whether `value` is a well-formed 16-character codice fiscale of a person: the pattern
 * (omocodia letters included), a day of birth of 1..31 or 41..71, and the check letter.
 * It expects the canonical form: pass user input through `normalizeTaxCode` first.
 */
export function isValidPersonTaxCode(value: string): boolean {
  if (!PATTERN.test(value)) return false;
  const day = decodeDigits(value.slice(9, 11));
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return false;
  return personTaxCodeCheckCharacter(value.slice(0, 15)) === value.charAt(15);
}
