import { isValidOrganizationTaxCode, isValidPartitaIva, partitaIvaCheckDigit } from "@/lib/tax-codes";

describe("partitaIvaCheckDigit", () => {
  it("computes the check digit by hand-verified examples", () => {
    // 0123456789: odd positions 0+2+4+6+8 = 20, even 2+6+1+5+9 = 23, sum 43 -> 7
    expect(partitaIvaCheckDigit("0123456789")).toBe(7);
    // 1234567890: odd 1+3+5+7+9 = 25, even 4+8+3+7+0 = 22, sum 47 -> 3
    expect(partitaIvaCheckDigit("1234567890")).toBe(3);
    // 1000000009: odd 1, even 9 (18 - 9), sum 10 -> (10 - 0) mod 10 = 0
    expect(partitaIvaCheckDigit("1000000009")).toBe(0);
  });

  it("refuses anything but ten digits", () => {
    expect(() => partitaIvaCheckDigit("123456789")).toThrow(RangeError);
    expect(() => partitaIvaCheckDigit("12345678901")).toThrow(RangeError);
    expect(() => partitaIvaCheckDigit("12345A7890")).toThrow(RangeError);
  });
});

describe("isValidPartitaIva", () => {
  it("accepts eleven digits ending with the right check digit", () => {
    expect(isValidPartitaIva("01234567897")).toBe(true);
    expect(isValidPartitaIva("12345678903")).toBe(true);
    expect(isValidPartitaIva("10000000090")).toBe(true);
  });

  it("accepts any ten digits followed by their computed check digit", () => {
    for (const base of ["0241537018", "9600505018", "0000001018", "8000727018"]) {
      expect(isValidPartitaIva(`${base}${partitaIvaCheckDigit(base)}`)).toBe(true);
    }
  });

  it("refuses a wrong check digit", () => {
    for (let digit = 0; digit <= 9; digit++) {
      if (digit === 7) continue;
      expect(isValidPartitaIva(`0123456789${digit}`)).toBe(false);
    }
  });

  it("refuses a swap of two adjacent digits", () => {
    expect(isValidPartitaIva("10234567897")).toBe(false);
  });

  it("refuses wrong lengths", () => {
    expect(isValidPartitaIva("")).toBe(false);
    expect(isValidPartitaIva("0123456789")).toBe(false);
    expect(isValidPartitaIva("012345678970")).toBe(false);
  });

  it("refuses letters, prefixes and spaces (normalise first)", () => {
    expect(isValidPartitaIva("0123456789A")).toBe(false);
    expect(isValidPartitaIva("IT01234567897")).toBe(false);
    expect(isValidPartitaIva(" 01234567897")).toBe(false);
    expect(isValidPartitaIva("012 345 678 97")).toBe(false);
  });

  it("refuses the all-zero placeholder", () => {
    expect(isValidPartitaIva("00000000000")).toBe(false);
  });
});

describe("isValidOrganizationTaxCode", () => {
  it("accepts a numeric codice fiscale of an association (starting with 9)", () => {
    const base = "9600505018";
    expect(isValidOrganizationTaxCode(`${base}${partitaIvaCheckDigit(base)}`)).toBe(true);
  });

  it("checks the same digit as a partita IVA", () => {
    expect(isValidOrganizationTaxCode("01234567897")).toBe(true);
    expect(isValidOrganizationTaxCode("01234567898")).toBe(false);
  });

  it("refuses a person's alphanumeric codice fiscale and wrong lengths", () => {
    expect(isValidOrganizationTaxCode("RSSMRA85T10A562S")).toBe(false);
    expect(isValidOrganizationTaxCode("9600505018")).toBe(false);
  });
});
