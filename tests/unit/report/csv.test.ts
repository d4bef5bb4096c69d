import { escapeCsvCell, toCsv } from "@/lib/partnerships/report/csv";

describe("CSV for Italian Excel", () => {
  it("leaves plain cells alone", () => {
    expect(escapeCsvCell("Riso solidale")).toBe("Riso solidale");
    expect(escapeCsvCell(12.5)).toBe("12.5");
    expect(escapeCsvCell(null)).toBe("");
    expect(escapeCsvCell("città, più €")).toBe("città, più €");
  });

  it("quotes cells holding the separator, quotes or line breaks, doubling the quotes", () => {
    expect(escapeCsvCell("a;b")).toBe('"a;b"');
    expect(escapeCsvCell('il "pane" di ieri')).toBe('"il ""pane"" di ieri"');
    expect(escapeCsvCell("riga 1\nriga 2")).toBe('"riga 1\nriga 2"');
    expect(escapeCsvCell("a\r\nb")).toBe('"a\r\nb"');
  });

  it("neutralises formulas with a leading apostrophe", () => {
    expect(escapeCsvCell("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(escapeCsvCell("+39 0382 1234")).toBe("'+39 0382 1234");
    expect(escapeCsvCell("-Fine")).toBe("'-Fine");
    expect(escapeCsvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(escapeCsvCell("\t=1+1")).toBe("'\t=1+1");
  });

  it("keeps negative numbers as numbers", () => {
    expect(escapeCsvCell("-3")).toBe("-3");
    expect(escapeCsvCell("-12,5")).toBe("-12,5");
  });

  it("writes a BOM, a header, ';' between cells and CRLF between rows", () => {
    const csv = toCsv(["section", "name"], [["indicator", "Famiglie; raggiunte"], ["story", "=1"]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('section;name\r\nindicator;"Famiglie; raggiunte"\r\nstory;\'=1\r\n');
  });
});
