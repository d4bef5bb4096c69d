import { serverConfig } from "@/lib/config/server-config";

/** The largest JSON body a route handler reads: a board move is a few hundred bytes. */
export const MAX_JSON_BODY_BYTES = 64 * 1024;

export type JsonBodyResult = { ok: true; body: unknown } | { ok: false; response: Response };

const refuse = (error: string, status: number): JsonBodyResult => ({
  ok: false,
  response: Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } }),
});

/**
 * The body of a write sent to a route handler, read only when the request is a same-origin
 * JSON request; otherwise the response to answer, with nothing read or written:
 *   Origin not ours → 403, Content-Type not application/json → 415,
 *   body over `maxBytes` → 413, not JSON → 400.
 * Browsers send Origin with every POST, so a missing one is refused too. Requiring
 * application/json also keeps a cross-site <form> or a "simple" fetch (text/plain, no
 * preflight) from ever reaching the handler.
 */
export async function readSameOriginJson(request: Request, maxBytes = MAX_JSON_BODY_BYTES): Promise<JsonBodyResult> {
  if (!isSameOrigin(request)) return refuse("forbidden", 403);
  if (mediaType(request.headers.get("content-type")) !== "application/json") return refuse("unsupported-media-type", 415);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return refuse("payload-too-large", 413);
  const bytes = await readCappedBody(request, maxBytes);
  if (bytes === null) return refuse("payload-too-large", 413);
  try {
    return { ok: true, body: JSON.parse(bytes.toString("utf8")) as unknown };
  } catch {
    return refuse("invalid-json", 400);
  }
}

/** The site's own origin (NEXTAUTH_URL), or the one the request itself was addressed to. */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return false;
  if (origin === new URL(serverConfig().siteUrl).origin) return true;
  const host = request.headers.get("host");
  if (!host) return false;
  return origin === `${new URL(request.url).protocol}//${host}`;
}

function mediaType(contentType: string | null): string {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase();
}

/** The body, or null as soon as it passes `maxBytes` (a lying Content-Length included). */
export async function readCappedBody(request: Request, maxBytes: number): Promise<Buffer | null> {
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
