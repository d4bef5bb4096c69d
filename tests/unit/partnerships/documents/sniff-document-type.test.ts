import { sniffDocumentType } from "@/lib/partnerships/documents/sniff-document-type";
import { cleanFilename } from "@/lib/partnerships/documents/clean-filename";
import { documentFixtures } from "../../../support/document-fixtures";

describe("sniffDocumentType: the content decides, never the name", () => {
  it("recognises a PDF, a PNG and a JPEG by their bytes", async () => {
    expect(await sniffDocumentType(documentFixtures.pdf(), "accordo.pdf")).toEqual({ contentType: "application/pdf", extension: "pdf" });
    expect(await sniffDocumentType(documentFixtures.png(), "foto.png")).toEqual({ contentType: "image/png", extension: "png" });
    expect(await sniffDocumentType(documentFixtures.jpeg(), "foto.JPEG")).toEqual({ contentType: "image/jpeg", extension: "jpeg" });
  });

  it("gives a PNG named .pdf its true type and extension", async () => {
    expect(await sniffDocumentType(documentFixtures.png(), "scansione.pdf")).toEqual({ contentType: "image/png", extension: "png" });
  });

  it("refuses HTML and SVG whatever their name says", async () => {
    expect(await sniffDocumentType(documentFixtures.html(), "accordo.pdf")).toBeNull();
    expect(await sniffDocumentType(documentFixtures.html(), "dati.csv")).toBeNull();
    expect(await sniffDocumentType(documentFixtures.svg(), "logo.png")).toBeNull();
    expect(await sniffDocumentType(documentFixtures.svg(), "logo.csv")).toBeNull();
  });

  it("accepts CSV text in UTF-8 or Windows-1252, only with its own extension", async () => {
    expect(await sniffDocumentType(documentFixtures.csv(), "ore.csv")).toEqual({ contentType: "text/csv", extension: "csv" });
    expect(await sniffDocumentType(Uint8Array.from([0x63, 0x69, 0x74, 0x74, 0xe0, 0x3b, 0x31, 0x0d, 0x0a]), "città.csv")).toEqual({ contentType: "text/csv", extension: "csv" });
    expect(await sniffDocumentType(documentFixtures.csv(), "ore.txt")).toBeNull();
    expect(await sniffDocumentType(Uint8Array.from([0x61, 0x00, 0x62]), "binario.csv")).toBeNull();
  });

  it("refuses an executable and an empty file", async () => {
    expect(await sniffDocumentType(Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, ...new Array(60).fill(0)]), "foto.jpg")).toBeNull();
    expect(await sniffDocumentType(new Uint8Array(), "vuoto.pdf")).toBeNull();
  });
});

describe("cleanFilename", () => {
  it("keeps the name without folders, control or direction-override characters", () => {
    expect(cleanFilename("C:\\Users\\anna\\Scansione accordo.pdf")).toBe("Scansione accordo.pdf");
    expect(cleanFilename("../../etc/passwd")).toBe("passwd");
    expect(cleanFilename("fattura\u202Efdp.exe")).toBe("fatturafdp.exe");
    expect(cleanFilename("...")).toBe("documento");
    expect(cleanFilename(`${"a".repeat(300)}.pdf`)).toMatch(/^a{156}\.pdf$/);
  });
});
