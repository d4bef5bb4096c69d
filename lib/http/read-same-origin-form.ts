import { isSameOrigin, readCappedBody } from "./read-same-origin-json";

export type FormBodyResult = { ok: true; form: FormData } | { ok: false; response: Response };

const refuse = (error: string, status: number): FormBodyResult => ({
  ok: false,
  response: Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } }),
});

/**
 * A multipart upload sent to a route handler, read only when it comes from our own pages;
 * otherwise the response to answer, with nothing read or written:
 *   Origin not ours → 403, not multipart/form-data → 415, body over `maxBytes` → 413
 *   (from Content-Length before reading, or while reading), not a readable form → 400.
 */
export async function readSameOriginForm(request: Request, maxBytes: number): Promise<FormBodyResult> {
  if (!isSameOrigin(request)) return refuse("forbidden", 403);
  const contentType = request.headers.get("content-type") ?? "";
  if (contentType.split(";")[0]!.trim().toLowerCase() !== "multipart/form-data") return refuse("unsupported-media-type", 415);
  if (Number(request.headers.get("content-length") ?? "0") > maxBytes) return refuse("payload-too-large", 413);
  const bytes = await readCappedBody(request, maxBytes);
  if (bytes === null) return refuse("payload-too-large", 413);
  try {
    return { ok: true, form: await new Response(new Uint8Array(bytes), { headers: { "content-type": contentType } }).formData() };
  } catch {
    return refuse("invalid-form", 400);
  }
}
