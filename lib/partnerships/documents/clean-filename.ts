const MAX_FILENAME_LENGTH = 160;

/**
 * A file name as it may be stored and offered back: no folders (a browser may send
 * "C:\\…\\scan.pdf"), no control or bidirectional-override characters (which can disguise
 * "gpj.exe" as "exe.jpg"), NFC, at most 160 characters keeping the extension.
 */
export function cleanFilename(raw: string, fallback = "documento"): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  const cleaned = base.normalize("NFC").replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "").trim();
  const name = cleaned.replace(/^\.+/, "") || fallback;
  if (name.length <= MAX_FILENAME_LENGTH) return name;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : "";
  return name.slice(0, MAX_FILENAME_LENGTH - extension.length) + extension;
}

/** The extension, lower-case, without the dot ("" when there is none). */
export function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf(".");
  return dot > 0 ? filename.slice(dot + 1).toLowerCase() : "";
}
