import { formatEuro, MAX_EURO_CENTS, parseEuroAmount } from "@/lib/partnerships/negotiation/euro-amount";

describe("parsing a euro amount as people type it", () => {
  it.each([
    ["1.234,50", 123450],
    ["1234.50", 123450],
    ["1234,50", 123450],
    ["1,234.50", 123450],
    ["1.234.567,89", 123456789],
    ["1 234,50", 123450],
    ["€ 250", 25000],
    ["250 €", 25000],
    ["250,5", 25050],
    ["0,99", 99],
    [",50", 50],
    ["1.234", 123400],
    ["1,234", 123400],
    ["10.000", 1000000],
    ["+15", 1500],
    ["0", 0],
  ])("%s → %i cents", (input, cents) => {
    expect(parseEuroAmount(input)).toEqual({ ok: true, cents });
  });

  it("reads an empty field as no amount", () => {
    expect(parseEuroAmount("")).toEqual({ ok: true, cents: null });
    expect(parseEuroAmount("   ")).toEqual({ ok: true, cents: null });
  });

  it.each(["-5", "−5", "-1.234,50", "€ -10"])("refuses the negative %s", (input) => {
    expect(parseEuroAmount(input)).toEqual({ ok: false, reason: "amountNegative" });
  });

  it.each(["abc", "12a", "1.2345", "12,345,67", "1.23.456", "12345.678", "1,234,5", "1.234.56", "1e5", "1,2,3", "€", ".", "12..5"])(
    "refuses the malformed %s",
    (input) => {
      expect(parseEuroAmount(input)).toEqual({ ok: false, reason: "amountInvalid" });
    },
  );

  it("caps amounts at ten million euros", () => {
    expect(parseEuroAmount("10.000.000")).toEqual({ ok: true, cents: MAX_EURO_CENTS });
    expect(parseEuroAmount("10.000.000,01")).toEqual({ ok: false, reason: "amountTooLarge" });
    expect(parseEuroAmount("99999999999999999999")).toEqual({ ok: false, reason: "amountTooLarge" });
  });
});

describe("formatting euros", () => {
  const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
  it("follows the reader's language", () => {
    expect(plain(formatEuro(1234550, "it"))).toBe("12.345,50 €");
    expect(formatEuro(1234550, "en")).toBe("€12,345.50");
    expect(plain(formatEuro(0, "it"))).toBe("0,00 €");
  });
});
