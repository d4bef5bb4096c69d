import { csvCell, csvNumber, toCsv } from "@/lib/csv/to-csv";

describe("a CSV cell for spreadsheets", () => {
  it("leaves plain text and numbers alone", () => {
    expect(csvCell("Riso solidale")).toBe("Riso solidale");
    expect(csvCell("città, più €")).toBe("città, più €");
    expect(csvCell(12.5)).toBe("12.5");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell("1250,5")).toBe("1250,5");
  });

  it("writes nothing for a missing value", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });

  it("quotes cells holding the separator, quotes or line breaks, doubling inner quotes", () => {
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell('il "pane" di ieri')).toBe('"il ""pane"" di ieri"');
    expect(csvCell("riga 1\nriga 2")).toBe('"riga 1\nriga 2"');
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
  });

  it("neutralises text that a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvCell("+39 0382 1234")).toBe("'+39 0382 1234");
    expect(csvCell("-Fine")).toBe("'-Fine");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1+1")).toBe("'\t=1+1");
    expect(csvCell("\r=1")).toBe("\"'\r=1\"");
    expect(csvCell("=1;2")).toBe(`"'=1;2"`);
  });

  it("keeps negative numbers written as text as numbers", () => {
    expect(csvCell("-3")).toBe("-3");
    expect(csvCell("-12,5")).toBe("-12,5");
    expect(csvCell("-12.5")).toBe("-12.5");
  });
});

describe("a CSV document", () => {
  it("starts with a BOM, puts ';' between cells and ends every row with CRLF", () => {
    const csv = toCsv([["section", "name"], ["indicator", "Famiglie; raggiunte"], ["story", "=1"], ["fasi", 3, null]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('section;name\r\nindicator;"Famiglie; raggiunte"\r\nstory;\'=1\r\nfasi;3;\r\n');
  });
});

describe("a number in a CSV cell", () => {
  it("uses the decimal mark of the reader's language, without grouping, at most two decimals", () => {
    expect(csvNumber(12.5, "it")).toBe("12,5");
    expect(csvNumber(12.5, "en")).toBe("12.5");
    expect(csvNumber(-3, "it")).toBe("-3");
    expect(csvNumber(1234567.891, "it")).toBe("1234567,89");
    expect(csvNumber(null, "it")).toBe("");
  });

  it("stays a number once escaped, negative ones included", () => {
    expect(csvCell(csvNumber(-12.5, "it"))).toBe("-12,5");
  });
});
