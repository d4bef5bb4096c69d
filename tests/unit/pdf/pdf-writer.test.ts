import { PDFDocument, StandardFonts } from "pdf-lib";
import { pdfFontCoverage } from "@/lib/pdf/pdf-fonts";
import { createPdfWriter, sanitiseForPdf, wrapText } from "@/lib/pdf/pdf-writer";
import { extractPdfText } from "../../support/extract-pdf-text";

const header = (bytes: Uint8Array) => Buffer.from(bytes.slice(0, 5)).toString("latin1");

describe("the PDF writer", () => {
  it("writes a valid one-page PDF with title and page number", async () => {
    const pdf = await createPdfWriter({ title: "Accordo di prova", pageLabel: "Pagina {page} di {pages}" });
    pdf.heading("Accordo di partnership", 1);
    pdf.paragraph("Perché l'attività è già più efficace: città, qualità, 1.250,00 € – «virgolette» e “curve”.");
    pdf.keyValues([["Firmatario", "Lucia Ferrari"], ["Ruolo", "Presidente"]]);
    const bytes = await pdf.finish();
    expect(header(bytes)).toBe("%PDF-");
    const parsed = await PDFDocument.load(bytes);
    expect(parsed.getPageCount()).toBe(1);
    expect(parsed.getTitle()).toBe("Accordo di prova");
  });

  it("flows long text onto new pages", async () => {
    const pdf = await createPdfWriter({ title: "Lungo" });
    const sentence = "Le parti si impegnano a realizzare insieme le attività previste dal programma concordato. ";
    for (let article = 1; article <= 12; article += 1) {
      pdf.heading(`Art. ${article} – Titolo dell'articolo`, 2);
      pdf.paragraph(sentence.repeat(12));
      pdf.bullets(["prima voce", "seconda voce ".repeat(20)]);
    }
    const parsed = await PDFDocument.load(await pdf.finish());
    expect(parsed.getPageCount()).toBeGreaterThan(2);
  });

  it("prints names in any Latin script as written, and the text can be extracted", async () => {
    const names = ["Ștefan Łukasz Nguyễn", "Ağça Őrsi Ñúñez", "Đặng Thị Hương", "Žofia Dvořák"];
    const pdf = await createPdfWriter({ title: "Firmatari: Ștefan" });
    for (const name of names) pdf.keyValues([["Firmatario", name]]);
    const bytes = await pdf.finish();
    const text = await extractPdfText(bytes);
    for (const name of names) expect(text).toContain(name);
    expect((await PDFDocument.load(bytes)).getTitle()).toBe("Firmatari: Ștefan");
    // Subset: only the glyphs used travel with the file, not the whole 600 KB font.
    expect(bytes.length).toBeLessThan(60_000);
  });

  it("composes accents typed as separate marks into the letters the font draws", async () => {
    const hasGlyph = await pdfFontCoverage();
    expect(sanitiseForPdf("Nguye\u0302\u0303n", hasGlyph)).toBe("Nguyễn");
  });

  it("never fails on characters the font cannot draw", async () => {
    const hasGlyph = await pdfFontCoverage();
    expect(sanitiseForPdf("Grazie 🙏 a tutti\u00a0→ 😀", hasGlyph)).toBe("Grazie ? a tutti\u00a0-> ?");
    expect(sanitiseForPdf("Perché “così” – €\u0007", hasGlyph)).toBe("Perché “così” – €");
    const pdf = await createPdfWriter({ title: "Emoji 🎉" });
    pdf.paragraph("Festa 🎉 con ✓ e 中文");
    await expect(pdf.finish().then((bytes) => PDFDocument.load(bytes))).resolves.toBeDefined();
  });

  it("wraps text to the width, cutting words longer than a line", async () => {
    const document = await PDFDocument.create();
    const font = await document.embedFont(StandardFonts.Helvetica);
    const lines = wrapText(`parola ${"x".repeat(200)} fine\nsecondo paragrafo`, font, 10, 150);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(font.widthOfTextAtSize(line, 10)).toBeLessThanOrEqual(150);
    expect(lines.at(-1)).toBe("secondo paragrafo");
  });
});
