import "server-only";

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

export function notFoundResponse(): Response {
  return Response.json({ error: "not_found" }, { status: 404, headers: { "Cache-Control": "no-store" } });
}
