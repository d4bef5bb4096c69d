// Small real files for the document tests: each starts with the signature its type has.
const PNG_1X1 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

const text = (value: string) => new TextEncoder().encode(value);

export const documentFixtures = {
  pdf: () =>
    text(
      "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
    ),
  png: () => new Uint8Array(Buffer.from(PNG_1X1, "base64")),
  jpeg: () => Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9]),
  html: () => text("<!doctype html><html><body><script>alert(document.cookie)</script></body></html>\n"),
  svg: () => text('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>\n'),
  csv: () => text("\uFEFFattività;ore\nlaboratorio;12,5\n"),
  /** A PDF of exactly `size` bytes: the signature, then padding inside a comment. */
  pdfOfSize: (size: number) => {
    const bytes = new Uint8Array(size).fill(0x20);
    bytes.set(text("%PDF-1.4\n%"));
    return bytes;
  },
};
