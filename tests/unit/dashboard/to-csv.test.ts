import { csvCell, toCsv } from "@/lib/dashboard/to-csv";
import { hasReachedTarget } from "@/lib/dashboard/has-reached-target";

describe("CSV cells for spreadsheets", () => {
  it("leaves plain text and numbers alone", () => {
    expect(csvCell("Pianificazione e preparazione")).toBe("Pianificazione e preparazione");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell("1250,5")).toBe("1250,5");
  });

  it("quotes cells holding the separator, quotes or line breaks, doubling inner quotes", () => {
    expect(csvCell("Rossi; Bianchi")).toBe('"Rossi; Bianchi"');
    expect(csvCell('La "Bottega"')).toBe('"La ""Bottega"""');
    expect(csvCell("riga uno\nriga due")).toBe('"riga uno\nriga due"');
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
  });

  it("neutralises text that a spreadsheet would run as a formula", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvCell("+39 0382")).toBe("'+39 0382");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("=1;2")).toBe(`"'=1;2"`);
  });

  it("writes a document with a UTF-8 byte order mark, ; between cells and CRLF between rows", () => {
    expect(toCsv([["section", "metric"], ["fasi", 3]])).toBe("\uFEFFsection;metric\r\nfasi;3\r\n");
  });
});

describe("an indicator's target", () => {
  it("is reached at or above it for an indicator meant to grow", () => {
    expect(hasReachedTarget({ direction: "INCREASE", target: "100", latest: "100.00" })).toBe(true);
    expect(hasReachedTarget({ direction: "INCREASE", target: "100", latest: "99.99" })).toBe(false);
  });

  it("is reached at or below it for an indicator meant to shrink", () => {
    expect(hasReachedTarget({ direction: "DECREASE", target: "20.5", latest: "20.5" })).toBe(true);
    expect(hasReachedTarget({ direction: "DECREASE", target: "20.5", latest: "20.51" })).toBe(false);
    expect(hasReachedTarget({ direction: "DECREASE", target: "0", latest: "-1" })).toBe(true);
  });

  it("is not reached without a target or without a measurement", () => {
    expect(hasReachedTarget({ direction: "INCREASE", target: null, latest: "5" })).toBe(false);
    expect(hasReachedTarget({ direction: "DECREASE", target: "5", latest: null })).toBe(false);
  });
});
