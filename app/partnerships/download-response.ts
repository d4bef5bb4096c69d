import "server-only";
import contentDisposition from "content-disposition";

/** A file download that is never cached (it holds a partnership's private data). */
export function downloadResponse(body: Uint8Array | string, contentType: string, filename: string): Response {
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
  return new Response(new Blob([new Uint8Array(bytes)]), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

/**
 * A file someone uploaded, offered only as a download: `attachment` with the name in
 * RFC 6266/5987 form (an ASCII fallback and the UTF-8 original), `nosniff` so the browser
 * keeps the type we found in the bytes, and a sandbox policy in case it is opened anyway.
 */
export function attachmentResponse(bytes: Uint8Array, contentType: string, filename: string): Response {
  return new Response(new Blob([new Uint8Array(bytes)]), {
    headers: {
      "Content-Type": contentType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": contentDisposition(filename, { type: "attachment", fallback: asciiFallback(filename) }),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
}

/** "Così è.pdf" → "Cosi e.pdf" for the few clients that read only the plain `filename`. */
function asciiFallback(filename: string): string {
  return filename
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\]/g, "_");
}

export function notFoundResponse(): Response {
  return Response.json({ error: "not_found" }, { status: 404, headers: { "Cache-Control": "no-store" } });
}
