import { extractText, getDocumentProxy } from "unpdf";

/** The text of every page of a PDF, joined, as a reader (or a screen reader) would get it. */
export async function extractPdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  return text;
}
