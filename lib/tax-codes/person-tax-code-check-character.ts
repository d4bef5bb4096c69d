// The official tables (D.M. 23/12/1976). A character's value depends on whether it
// stands in an odd (1st, 3rd, ... 15th) or even position; digits share the values of the
// letters A-J.
const ODD_VALUES = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

const FIFTEEN_CHARACTERS = /^[A-Z0-9]{15}$/;

/** 0..25 for A..Z and 0..9 for the digits: the even-position value, and the odd table's index. */
function ordinalOf(character: string): number {
  const code = character.charCodeAt(0);
  return code >= 65 ? code - 65 : code - 48;
}

/**
 * The sixteenth character of a person's codice fiscale, computed from the first fifteen
 * (upper-case). The sum of the values of every character, odd positions from the odd
 * table and even positions from the even table, taken mod 26, is the check letter.
 *
 * @throws RangeError when `firstFifteen` is not fifteen upper-case letters or digits.
 */
export function personTaxCodeCheckCharacter(firstFifteen: string): string {
  if (!FIFTEEN_CHARACTERS.test(firstFifteen)) {
    throw new RangeError(`expected 15 upper-case letters or digits, got "${firstFifteen}"`);
  }
  let sum = 0;
  for (let index = 0; index < 15; index++) {
    const ordinal = ordinalOf(firstFifteen.charAt(index));
    // index 0 is position 1 (odd).
    sum += index % 2 === 0 ? (ODD_VALUES[ordinal] ?? 0) : ordinal;
  }
  return String.fromCharCode(65 + (sum % 26));
}
