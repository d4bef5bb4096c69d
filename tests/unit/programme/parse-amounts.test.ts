import { decimalStringToHundredths, hundredthsToDecimalString, parseEuroCents, parseHoursHundredths } from "@/lib/partnerships/programme/parse-amounts";

describe("reading a euro amount as typed", () => {
  it.each([
    ["1.234,50", 123450],
    ["1234.50", 123450],
    ["1234,5", 123450],
    ["1234", 123400],
    ["1.234", 123400],
    ["1.234.567,89", 123456789],
    ["1,234.50", 123450],
    ["€ 12", 1200],
    ["12,05 €", 1205],
    ["0,99", 99],
    ["12.5", 1250],
  ])("reads %s as %i cents", (text, cents) => {
    expect(parseEuroCents(text)).toEqual({ ok: true, value: cents });
  });

  it.each(["-5", "−5", "- 1.234,50"])("refuses the negative amount %s", (text) => {
    expect(parseEuroCents(text)).toEqual({ ok: false, reason: "negative" });
  });

  it.each(["", "abc", "12,345", "1.234.5", "1,2,3", "12.345,678", "1.23.456", "12e3", "1 2 3,4,5"])("refuses %j", (text) => {
    expect(parseEuroCents(text)).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses amounts above ten million euro", () => {
    expect(parseEuroCents("10.000.000,01")).toEqual({ ok: false, reason: "tooLarge" });
    expect(parseEuroCents("10.000.000")).toEqual({ ok: true, value: 1_000_000_000 });
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

  it("refuses negative and unreadable hours", () => {
    expect(parseHoursHundredths("-1")).toEqual({ ok: false, reason: "negative" });
    expect(parseHoursHundredths("un'ora")).toEqual({ ok: false, reason: "invalid" });
    expect(parseHoursHundredths("1,555")).toEqual({ ok: false, reason: "invalid" });
  });

  it("round-trips hundredths through the database's decimal text", () => {
    expect(hundredthsToDecimalString(150)).toBe("1.50");
    expect(hundredthsToDecimalString(5)).toBe("0.05");
    expect(decimalStringToHundredths("1.50")).toBe(150);
    expect(decimalStringToHundredths("1.5")).toBe(150);
    expect(decimalStringToHundredths("7")).toBe(700);
  });
});
