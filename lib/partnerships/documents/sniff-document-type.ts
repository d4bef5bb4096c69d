// The core entry reads buffers only (no file system), which is all an upload needs.
import { fileTypeFromBuffer } from "file-type/core";
import { extensionOf } from "./clean-filename";

export type SniffedType = { contentType: string; extension: string };

// What a partnership may keep: PDF, photos, office documents and CSV. Decided on the bytes
// (file-type reads the signatures), never on the name or the type the browser declared, so
// an HTML or SVG page renamed ".pdf" is refused: nothing here can run in a browser.
const BY_MIME: Record<string, string[]> = {
  "application/pdf": ["pdf"],
  "image/png": ["png"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/gif": ["gif"],
  "image/webp": ["webp"],
  "image/heic": ["heic"],
  "image/heif": ["heif"],
  "image/avif": ["avif"],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ["docx"],
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ["xlsx"],
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": ["pptx"],
  "application/vnd.oasis.opendocument.text": ["odt"],
  "application/vnd.oasis.opendocument.spreadsheet": ["ods"],
  "application/vnd.oasis.opendocument.presentation": ["odp"],
};

// Word, Excel and PowerPoint before 2007 share one container format (CFB): its signature
// proves it is one of them, the name says which.
const LEGACY_OFFICE: Record<string, string> = {
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
  ppt: "application/vnd.ms-powerpoint",
};

/**
 * The type of an uploaded file from its content, or null when it is not one we keep.
 * `extension` is the one the stored name must end with.
 */
export async function sniffDocumentType(bytes: Uint8Array, filename: string): Promise<SniffedType | null> {
  const found = await fileTypeFromBuffer(bytes);
  const named = extensionOf(filename);
  if (found) {
    const extensions = BY_MIME[found.mime];
    if (extensions) return { contentType: found.mime, extension: extensions.includes(named) ? named : extensions[0]! };
    if (found.ext === "cfb" && LEGACY_OFFICE[named]) return { contentType: LEGACY_OFFICE[named], extension: named };
    return null;
  }
  if (named === "csv" && looksLikeCsv(bytes)) return { contentType: "text/csv", extension: "csv" };
  return null;
}

/**
 * CSV has no signature: text in UTF-8 or a Windows code page (Italian Excel saves in
 * Windows-1252), no NUL or other control characters but tab and line breaks, and not
 * markup (a page starting with "<" is HTML or SVG whatever its name).
 */
function looksLikeCsv(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  for (const byte of bytes) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return false;
    if (byte === 0x7f) return false;
  }
  const start = new TextDecoder("utf-8").decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, "").trimStart();
  return !start.startsWith("<");
}
