const TEN_DIGITS = /^\d{10}$/;

/**
 * The eleventh digit of a partita IVA (and of an organisation's numeric codice fiscale),
 * computed from the first ten with the official (Luhn-like) algorithm: digits in odd
 * positions are summed as they are, digits in even positions are doubled and reduced by
 * 9 when over 9; the check digit is (10 - sum mod 10) mod 10.
 *
 * @throws RangeError when `firstTenDigits` is not exactly ten digits.
 */
export function partitaIvaCheckDigit(firstTenDigits: string): number {
  if (!TEN_DIGITS.test(firstTenDigits)) {
    throw new RangeError(`expected exactly 10 digits, got "${firstTenDigits}"`);
  }
  let sum = 0;
  for (let index = 0; index < 10; index++) {
    const digit = firstTenDigits.charCodeAt(index) - 48;
    // index 0 is position 1 (odd), index 1 is position 2 (even), and so on.
    if (index % 2 === 0) {
      sum += digit;
    } else {
      const doubled = digit * 2;
      sum += doubled > 9 ? doubled - 9 : doubled;
    }
  }
  return (10 - (sum % 10)) % 10;
}
