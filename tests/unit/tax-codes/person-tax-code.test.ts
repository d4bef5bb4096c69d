import { isValidPersonTaxCode, personTaxCodeCheckCharacter } from "@/lib/tax-codes";

// RSSMRA85T10A562S, Mario Rossi born in Rome on 10/12/1985: the textbook example.
// By hand: odd positions R S R 8 T 0 5 2 = 8+12+8+19+14+1+13+5 = 80; even positions
// S M A 5 1 A 6 = 18+12+0+5+1+0+6 = 42; 122 mod 26 = 18 -> "S".
const MARIO_ROSSI = "RSSMRA85T10A562S";

describe("personTaxCodeCheckCharacter", () => {
  it("computes the check letter of the textbook example", () => {
    expect(personTaxCodeCheckCharacter(MARIO_ROSSI.slice(0, 15))).toBe("S");
  });

  it("refuses anything but fifteen upper-case letters or digits", () => {
    expect(() => personTaxCodeCheckCharacter("RSSMRA85T10A56")).toThrow(RangeError);
    expect(() => personTaxCodeCheckCharacter("rssmra85t10a562")).toThrow(RangeError);
  });
});

describe("isValidPersonTaxCode", () => {
  it("accepts a valid code", () => {
    expect(isValidPersonTaxCode(MARIO_ROSSI)).toBe(true);
  });

  it("accepts a woman's code (day of birth + 40)", () => {
    // Position 10 becomes 5 instead of 1: even values, +4 -> 126 mod 26 = 22 -> "W".
    expect(isValidPersonTaxCode("RSSMRA85T50A562W")).toBe(true);
  });

  it("refuses every wrong check letter", () => {
    for (const letter of "ABCDEFGHIJKLMNOPQRTUVWXYZ") {
      expect(isValidPersonTaxCode(`${MARIO_ROSSI.slice(0, 15)}${letter}`)).toBe(false);
    }
  });

  it("accepts omocodia: digits replaced from the right by LMNPQRSTUV", () => {
    // 2 -> N at position 15 (odd): 20 instead of 5, 137 mod 26 = 7 -> "H".
    expect(isValidPersonTaxCode("RSSMRA85T10A56NH")).toBe(true);
    // then 6 -> S at position 14 (even): 18 instead of 6, 149 mod 26 = 19 -> "T".
    expect(isValidPersonTaxCode("RSSMRA85T10A5SNT")).toBe(true);
  });

  it("refuses omocodia letters outside LMNPQRSTUV, and letters where only digits may be", () => {
    expect(isValidPersonTaxCode("RSSMRA85T10A56AS")).toBe(false);
    expect(isValidPersonTaxCode("RSSMRAX5T10A562S")).toBe(false);
  });

  it("refuses digits where letters must be, and an unknown month letter", () => {
    expect(isValidPersonTaxCode("RSS1RA85T10A562S")).toBe(false);
    expect(isValidPersonTaxCode("RSSMRA85F10A562S")).toBe(false);
    expect(isValidPersonTaxCode("RSSMRA85T101562S")).toBe(false);
  });

  it("refuses an impossible day of birth even with the right check letter", () => {
    const dayZero = "RSSMRA85T00A562";
    expect(isValidPersonTaxCode(`${dayZero}${personTaxCodeCheckCharacter(dayZero)}`)).toBe(false);
    const dayThirtyFive = "RSSMRA85T35A562";
    expect(isValidPersonTaxCode(`${dayThirtyFive}${personTaxCodeCheckCharacter(dayThirtyFive)}`)).toBe(false);
  });

  it("refuses wrong lengths", () => {
    expect(isValidPersonTaxCode("")).toBe(false);
    expect(isValidPersonTaxCode(MARIO_ROSSI.slice(0, 15))).toBe(false);
    expect(isValidPersonTaxCode(`${MARIO_ROSSI}X`)).toBe(false);
  });

  it("refuses lower case and spaces (normalise first)", () => {
    expect(isValidPersonTaxCode(MARIO_ROSSI.toLowerCase())).toBe(false);
    expect(isValidPersonTaxCode(` ${MARIO_ROSSI}`)).toBe(false);
  });

  it("refuses an organisation's numeric code", () => {
    expect(isValidPersonTaxCode("01234567897")).toBe(false);
  });
});
