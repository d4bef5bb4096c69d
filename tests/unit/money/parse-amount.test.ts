import { MAX_EURO_CENTS, parseEuroCents, parseHoursHundredths, parseOptionalEuroCents, splitDecimalNumber } from "@/lib/money/parse-amount";

describe("reading a euro amount as people type it", () => {
  it.each([
    ["1.234,50", 123450],
    ["1234.50", 123450],
    ["1234,50", 123450],
    ["1234,5", 123450],
    ["1,234.50", 123450],
    ["1.234.567,89", 123456789],
    ["1 234,50", 123450],
    ["1234", 123400],
    ["1.234", 123400],
    ["10.000", 1000000],
    ["€ 250", 25000],
    ["250 €", 25000],
    ["€ 12", 1200],
    ["12,05 €", 1205],
    ["250 EUR", 25000],
    ["250,5", 25050],
    ["0,99", 99],
    ["12.5", 1250],
    ["+15", 1500],
    ["0", 0],
  ])("reads %s as %i cents", (text, cents) => {
    expect(parseEuroCents(text)).toEqual({ ok: true, value: cents });
  });

  it.each(["1,234", "12,345", "999,000", "€ 1,500"])("refuses %s as ambiguous: Italian decimals or English thousands", (text) => {
    expect(parseEuroCents(text)).toEqual({ ok: false, reason: "ambiguous" });
  });

  it.each(["-5", "−5", "- 1.234,50", "-1.234,50", "€ -10"])("refuses the negative amount %s", (text) => {
    expect(parseEuroCents(text)).toEqual({ ok: false, reason: "negative" });
  });

  it.each(["", "abc", "12a", "1.2345", "1.234.5", "1.234.56", "1,2,3", "12,345,67", "1,234,5", "12.345,678", "12345.678", "1.23.456", "12e3", "1e5", "1 2 3,4,5", "€", ".", "12..5", ",50", "1€2"])(
    "refuses the malformed %j",
    (text) => {
      expect(parseEuroCents(text)).toEqual({ ok: false, reason: "invalid" });
    },
  );

  it("caps amounts at ten million euro", () => {
    expect(parseEuroCents("10.000.000")).toEqual({ ok: true, value: MAX_EURO_CENTS });
    expect(MAX_EURO_CENTS).toBe(1_000_000_000);
    expect(parseEuroCents("10.000.000,01")).toEqual({ ok: false, reason: "tooLarge" });
    expect(parseEuroCents("99999999999999999999")).toEqual({ ok: false, reason: "tooLarge" });
  });

  it("reads a blank optional amount as no amount", () => {
    expect(parseOptionalEuroCents("")).toEqual({ ok: true, value: null });
    expect(parseOptionalEuroCents("   ")).toEqual({ ok: true, value: null });
    expect(parseOptionalEuroCents("1.500")).toEqual({ ok: true, value: 150000 });
    expect(parseOptionalEuroCents("1,500")).toEqual({ ok: false, reason: "ambiguous" });
  });
});

describe("reading volunteer hours as typed", () => {
  it.each([
    ["1,5", 150],
    ["1.5", 150],
    ["2", 200],
    ["0,25", 25],
    ["12,75", 1275],
  ])("reads %s as %i hundredths", (text, hundredths) => {
    expect(parseHoursHundredths(text)).toEqual({ ok: true, value: hundredths });
  });

  it("refuses negative, unreadable and absurd hours", () => {
    expect(parseHoursHundredths("-1")).toEqual({ ok: false, reason: "negative" });
    expect(parseHoursHundredths("un'ora")).toEqual({ ok: false, reason: "invalid" });
    expect(parseHoursHundredths("1,555")).toEqual({ ok: false, reason: "ambiguous" });
    expect(parseHoursHundredths("1.5555")).toEqual({ ok: false, reason: "invalid" });
    expect(parseHoursHundredths("100.000")).toEqual({ ok: true, value: 10_000_000 });
    expect(parseHoursHundredths("100.001")).toEqual({ ok: false, reason: "tooLarge" });
  });
});

describe("splitting a typed number", () => {
  it("separates whole and fraction digits, dropping the thousands separators", () => {
    expect(splitDecimalNumber("1.234,5")).toEqual({ whole: "1234", fraction: "5" });
    expect(splitDecimalNumber("1,234.50")).toEqual({ whole: "1234", fraction: "50" });
    expect(splitDecimalNumber("7")).toEqual({ whole: "7", fraction: "" });
  });

  it("tells the ambiguous lone comma from plain nonsense", () => {
    expect(splitDecimalNumber("1,234")).toBe("ambiguous");
    expect(splitDecimalNumber("1,234,567")).toBeNull();
    expect(splitDecimalNumber("1.2.3")).toBeNull();
  });
});
