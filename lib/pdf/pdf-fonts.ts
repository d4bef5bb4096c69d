import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";

// The PDFs' typeface: Noto Sans, from the npm package @expo-google-fonts/noto-sans (SIL Open
// Font License), regular and bold. Titillium Web, the Designers Italia typeface, was the
// first choice, but it has no Vietnamese glyphs, and names such as "Nguyễn" must print as
// written. The files are read from node_modules (the app always runs from the project
// directory, with its dependencies installed), once per process.

const FONT_DIR = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans");
const FILES = {
  regular: path.join(FONT_DIR, "400Regular", "NotoSans_400Regular.ttf"),
  bold: path.join(FONT_DIR, "700Bold", "NotoSans_700Bold.ttf"),
} as const;

export type PdfFontBytes = { regular: Uint8Array; bold: Uint8Array };

let loading: Promise<PdfFontBytes> | undefined;

export function loadPdfFonts(): Promise<PdfFontBytes> {
  loading ??= Promise.all([readFile(FILES.regular), readFile(FILES.bold)]).then(([regular, bold]) => ({ regular, bold }));
  // A failed read (a broken install) must not be remembered: the next download tries again.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

let coverage: ((codePoint: number) => boolean) | undefined;

/** Whether the PDFs' font (both weights share a character set) draws this character. */
export async function pdfFontCoverage(): Promise<(codePoint: number) => boolean> {
  if (coverage) return coverage;
  const { regular } = await loadPdfFonts();
  const font = fontkit.create(Buffer.from(regular));
  coverage = (codePoint) => font.hasGlyphForCodePoint(codePoint);
  return coverage;
}

export { fontkit };
