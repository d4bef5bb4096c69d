import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { getShowcasedPhoto } from "@/lib/partnerships/documents/get-showcased-photo";

type Context = { params: Promise<{ documentId: string }> };

/**
 * A photo of a published story, for the landing page: public, shown inline, and only a
 * raster image type (never SVG or anything a browser would run), with nosniff.
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { documentId } = await params;
  try {
    const photo = await getShowcasedPhoto(db, documentId);
    return new Response(new Blob([new Uint8Array(photo.bytes)]), {
      headers: {
        "Content-Type": photo.contentType,
        "Content-Length": String(photo.bytes.byteLength),
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        // Short: a photo taken off the story, or a story whose approval is withdrawn, leaves soon.
        "Cache-Control": "public, max-age=300",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
    throw error;
  }
}
