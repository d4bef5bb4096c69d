import { PDFDocument, type PDFFont, type PDFPage, rgb } from "pdf-lib";
import { fontkit, loadPdfFonts, pdfFontCoverage } from "./pdf-fonts";

// A small document writer over pdf-lib: A4 pages, Noto Sans embedded (subset: only the
// glyphs used), text that wraps and flows onto new pages, headings, paragraphs, key-value
// tables and page numbers. The font draws Latin, Greek and Cyrillic with every accent
// (Ștefan, Łukasz, Nguyễn); sanitiseForPdf() replaces what it cannot draw (an emoji), so a
// stray character never breaks a download.

const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN = 56;
const BODY_SIZE = 10.5;
const LINE_GAP = 1.35;
/** Every feature fontkit applies by default to Latin text (see `features` below). */
const SHAPING_FEATURES = ["ccmp", "rvrn", "ltra", "ltrm", "frac", "numr", "dnom", "locl", "rlig", "mark", "mkmk", "calt", "clig", "liga", "rclt", "curs", "kern"];
const INK = rgb(0.1, 0.12, 0.16);
const MUTED = rgb(0.35, 0.38, 0.42);

/** Characters outside WinAnsi that have a plain equivalent. */
const REPLACEMENTS: Record<string, string> = {
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2015": "-",
  "\u2212": "-",
  "\u00a0": " ",
  "\u202f": " ",
  "\u2009": " ",
  "\u200b": "",
  "\u2032": "'",
  "\u2033": '"',
  "\u2192": "->",
  "\u2264": "<=",
  "\u2265": ">=",
};

/**
 * Text the font can draw: control characters dropped, known look-alikes replaced where the
 * font lacks the character, anything else it lacks becomes "?". NFC first, so a name typed
 * with combining accents ("e" + U+0302 + U+0303) uses the precomposed glyph ("ễ").
 */
export function sanitiseForPdf(text: string, hasGlyph: (codePoint: number) => boolean): string {
  let out = "";
  for (const char of text.normalize("NFC")) {
    const code = char.codePointAt(0) ?? 0;
    if (char === "\t") out += "    ";
    else if (char === "\n") out += "\n";
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    else if (char in REPLACEMENTS && (REPLACEMENTS[char] === "" || !hasGlyph(code))) out += REPLACEMENTS[char];
    else out += hasGlyph(code) ? char : "?";
  }
  return out;
}

// Measuring text with an embedded font runs the font's layout engine: fast for a word, slow
// for the growing candidate line of every word of a long agreement. So words are measured
// once each (per font, at size 1) and lines add up their words and spaces; without kerning
// (see SHAPING_FEATURES) the sum is exactly the line's width.
const wordWidths = new WeakMap<PDFFont, Map<string, number>>();

function widthAt1(font: PDFFont, text: string): number {
  let cache = wordWidths.get(font);
  if (!cache) {
    cache = new Map();
    wordWidths.set(font, cache);
  }
  let width = cache.get(text);
  if (width === undefined) {
    width = font.widthOfTextAtSize(text, 1);
    if (cache.size < 20_000) cache.set(text, width);
  }
  return width;
}

/** Splits text into lines no wider than `width`, breaking at spaces (and inside words too long for a line). */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  const space = widthAt1(font, " ") * size;
  const measure = (word: string) => widthAt1(font, word) * size;
  for (const paragraph of text.split("\n")) {
    const words = paragraph.split(/ +/).filter((word) => word.length > 0);
    if (words.length === 0) {
      lines.push("");
      continue;
    }
    let line = "";
    let lineWidth = 0;
    for (const word of words) {
      const wordWidth = measure(word);
      const candidateWidth = line ? lineWidth + space + wordWidth : wordWidth;
      if (candidateWidth <= width) {
        line = line ? `${line} ${word}` : word;
        lineWidth = candidateWidth;
        continue;
      }
      if (line) lines.push(line);
      // A word wider than the line (a long URL) is cut into pieces that fit.
      let rest = word;
      while (font.widthOfTextAtSize(rest, size) > width) {
        let cut = rest.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut -= 1;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
      lineWidth = measure(rest);
    }
    lines.push(line);
  }
  return lines;
}

export type PdfWriterOptions = {
  title: string;
  author?: string;
  /** The running footer, before the page number, e.g. "Accordo di partnership · revisione 2". */
  footer?: string;
  /** "Pagina {page} di {pages}" (the two placeholders are filled at the end). */
  pageLabel?: string;
  language?: string;
};

export type PdfWriter = {
  heading(text: string, level?: 1 | 2 | 3): void;
  paragraph(text: string, options?: { muted?: boolean; size?: number }): void;
  /** A two-column table of labels and values; long values wrap in their column. */
  keyValues(rows: ReadonlyArray<readonly [string, string]>): void;
  bullets(items: readonly string[]): void;
  space(points?: number): void;
  finish(): Promise<Uint8Array>;
};

/** Starts a PDF document; call its methods in reading order, then finish() for the bytes. */
export async function createPdfWriter(options: PdfWriterOptions): Promise<PdfWriter> {
  const document = await PDFDocument.create();
  document.registerFontkit(fontkit);
  const [fonts, hasGlyph] = await Promise.all([loadPdfFonts(), pdfFontCoverage()]);
  const clean = (text: string) => sanitiseForPdf(text, hasGlyph);
  document.setTitle(clean(options.title));
  document.setProducer("Insieme · CSV Pavia");
  document.setCreator("Insieme");
  if (options.author) document.setAuthor(clean(options.author));
  if (options.language) document.setLanguage(options.language);
  // No OpenType shaping features. Without glyph composition (ccmp) "ị" stays the one
  // precomposed glyph rather than "i" plus a dot mark, so text extraction, copy and screen
  // readers get the letter as written (text is NFC-composed first). Without kerning and
  // the rest, fontkit lays a line out about ten times faster: a long agreement renders in
  // a fraction of a second instead of seconds.
  const features = Object.fromEntries(SHAPING_FEATURES.map((feature) => [feature, false]));
  const regular = await document.embedFont(fonts.regular, { subset: true, features });
  const bold = await document.embedFont(fonts.bold, { subset: true, features });
  const contentWidth = PAGE_WIDTH - 2 * MARGIN;

  let page: PDFPage = document.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
  let y = PAGE_HEIGHT - MARGIN;

  const newPage = () => {
    page = document.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    y = PAGE_HEIGHT - MARGIN;
  };
  /** Makes room for `height` points, turning the page when the bottom margin (and footer) is near. */
  const ensure = (height: number) => {
    if (y - height < MARGIN + 18) newPage();
  };
  const drawLines = (lines: string[], font: PDFFont, size: number, x: number, width: number, color = INK) => {
    const leading = size * LINE_GAP;
    for (const line of lines) {
      ensure(leading);
      y -= leading;
      if (line) page.drawText(line, { x, y, size, font, color });
    }
  };

  return {
    heading(text, level = 2) {
      const size = level === 1 ? 18 : level === 2 ? 13 : 11.5;
      const lines = wrapText(clean(text), bold, size, contentWidth);
      // Keep a heading with at least two lines of what follows.
      ensure(size * LINE_GAP * lines.length + BODY_SIZE * LINE_GAP * 2 + 8);
      y -= level === 1 ? 4 : 10;
      drawLines(lines, bold, size, MARGIN, contentWidth);
      y -= 4;
    },
    paragraph(text, paragraphOptions = {}) {
      const size = paragraphOptions.size ?? BODY_SIZE;
      // Line breaks in the text (the parties' own lists and sub-paragraphs) get a little air.
      const blocks = clean(text).split("\n");
      blocks.forEach((block, index) => {
        if (index > 0) y -= 2.5;
        drawLines(wrapText(block, regular, size, contentWidth), regular, size, MARGIN, contentWidth, paragraphOptions.muted ? MUTED : INK);
      });
      y -= 6;
    },
    keyValues(rows) {
      const labelWidth = Math.min(170, contentWidth * 0.35);
      const valueWidth = contentWidth - labelWidth - 12;
      const leading = BODY_SIZE * LINE_GAP;
      for (const [label, value] of rows) {
        const labelLines = wrapText(clean(label), bold, BODY_SIZE, labelWidth);
        const valueLines = wrapText(clean(value || "-"), regular, BODY_SIZE, valueWidth);
        const rowLines = Math.max(labelLines.length, valueLines.length);
        // A row fits on one page unless it is longer than a page itself.
        if (rowLines * leading < PAGE_HEIGHT / 2) ensure(rowLines * leading + 4);
        for (let index = 0; index < rowLines; index += 1) {
          ensure(leading);
          y -= leading;
          const labelLine = labelLines[index];
          const valueLine = valueLines[index];
          if (labelLine) page.drawText(labelLine, { x: MARGIN, y, size: BODY_SIZE, font: bold, color: INK });
          if (valueLine) page.drawText(valueLine, { x: MARGIN + labelWidth + 12, y, size: BODY_SIZE, font: regular, color: INK });
        }
        y -= 4;
        page.drawLine({ start: { x: MARGIN, y: y + 1 }, end: { x: PAGE_WIDTH - MARGIN, y: y + 1 }, thickness: 0.4, color: rgb(0.8, 0.82, 0.85) });
        y -= 2;
      }
      y -= 6;
    },
    bullets(items) {
      for (const item of items) {
        const lines = wrapText(clean(item), regular, BODY_SIZE, contentWidth - 14);
        ensure(BODY_SIZE * LINE_GAP);
        page.drawText("•", { x: MARGIN + 2, y: y - BODY_SIZE * LINE_GAP, size: BODY_SIZE, font: regular, color: INK });
        drawLines(lines, regular, BODY_SIZE, MARGIN + 14, contentWidth - 14);
        y -= 2;
      }
      y -= 4;
    },
    space(points = 10) {
      y -= points;
      if (y < MARGIN + 18) newPage();
    },
    async finish() {
      const pages = document.getPages();
      const footer = options.footer ? clean(options.footer) : "";
      pages.forEach((each, index) => {
        const label = (options.pageLabel ?? "{page} / {pages}").replace("{page}", String(index + 1)).replace("{pages}", String(pages.length));
        const size = 8.5;
        each.drawText(clean(label), { x: PAGE_WIDTH - MARGIN - regular.widthOfTextAtSize(label, size), y: MARGIN / 2, size, font: regular, color: MUTED });
        if (footer) {
          const [line] = wrapText(footer, regular, size, PAGE_WIDTH - 2 * MARGIN - 90);
          each.drawText(line ?? "", { x: MARGIN, y: MARGIN / 2, size, font: regular, color: MUTED });
        }
      });
      return document.save();
    },
  };
}
