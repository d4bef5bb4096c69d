import { decimalStringToHundredths, hundredthsToDecimalString } from "@/lib/money/decimal-string";
import { formatDecimal, formatEuro, formatHours } from "@/lib/money/format-amount";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formatting euros", () => {
  it("follows the reader's language, grouping thousands always", () => {
    expect(plain(formatEuro(1234550, "it"))).toBe("12.345,50 €");
    expect(plain(formatEuro(123450, "it"))).toBe("1.234,50 €");
    expect(formatEuro(1234550, "en")).toBe("€12,345.50");
    expect(plain(formatEuro(0, "it"))).toBe("0,00 €");
  });

  it("can drop the cents of a whole amount, for summaries", () => {
    expect(plain(formatEuro(150000, "it", { wholeWithoutCents: true }))).toBe("1.500 €");
    expect(plain(formatEuro(1250, "it", { wholeWithoutCents: true }))).toBe("12,50 €");
    expect(formatEuro(150000, "en", { wholeWithoutCents: true })).toBe("€1,500");
  });
});

describe("formatting decimals and hours", () => {
  it("writes at most two decimals, without trailing zeros, in the reader's language", () => {
    expect(formatDecimal(12.5, "it")).toBe("12,5");
    expect(formatDecimal("12.50", "en")).toBe("12.5");
    expect(formatDecimal("n/a", "it")).toBe("n/a");
    expect(formatHours(150, "it")).toBe("1,5");
    expect(formatHours(200, "en")).toBe("2");
  });
});

describe("the database's decimal text", () => {
  it("round-trips hundredths", () => {
    expect(hundredthsToDecimalString(150)).toBe("1.50");
    expect(hundredthsToDecimalString(5)).toBe("0.05");
    expect(hundredthsToDecimalString(-305)).toBe("-3.05");
    expect(decimalStringToHundredths("1.50")).toBe(150);
    expect(decimalStringToHundredths("1.5")).toBe(150);
    expect(decimalStringToHundredths("7")).toBe(700);
    expect(decimalStringToHundredths("-3")).toBe(-300);
    expect(decimalStringToHundredths("-0.5")).toBe(-50);
    expect(decimalStringToHundredths("99.999")).toBe(9999);
  });
});
