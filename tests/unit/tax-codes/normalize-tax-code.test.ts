import { isValidPartitaIva, isValidPersonTaxCode, normalizeTaxCode } from "@/lib/tax-codes";

describe("normalizeTaxCode", () => {
  it("trims, removes inner spaces and upper-cases", () => {
    expect(normalizeTaxCode("  rssmra 85t10 a562s ")).toBe("RSSMRA85T10A562S");
    expect(normalizeTaxCode("012 345 678 97")).toBe("01234567897");
  });

  it("removes tabs, newlines and non-breaking spaces too", () => {
    expect(normalizeTaxCode("\t0123456\u00a07897\n")).toBe("01234567897");
  });

  it("leaves a canonical code as it is", () => {
    expect(normalizeTaxCode("RSSMRA85T10A562S")).toBe("RSSMRA85T10A562S");
  });

  it("turns typed input into what the validators accept", () => {
    expect(isValidPersonTaxCode(normalizeTaxCode(" rssmra85t10a562s"))).toBe(true);
    expect(isValidPartitaIva(normalizeTaxCode("0123 4567 897 "))).toBe(true);
  });
});
