import "server-only";
import { ForbiddenError, NotFoundError, RateLimitedError } from "@/lib/errors";
import { todayInRome } from "@/lib/dates/rome-calendar";

/**
 * Answers a data download: the JSON as an attachment that is never cached (it holds personal
 * data), or the status of a typed error (404 not a member, 403 not an owner, 429 too many).
 */
export async function jsonDownload(name: string, build: () => Promise<unknown>): Promise<Response> {
  try {
    const document = await build();
    return new Response(`${JSON.stringify(document, null, 2)}\n`, {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${name}-${todayInRome()}.json"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    const headers = { "Cache-Control": "no-store" };
    if (error instanceof NotFoundError) return Response.json({ error: "not_found" }, { status: 404, headers });
    if (error instanceof ForbiddenError) return Response.json({ error: "forbidden" }, { status: 403, headers });
    if (error instanceof RateLimitedError) {
      return Response.json({ error: "rate_limited" }, { status: 429, headers: { ...headers, "Retry-After": String(error.retryAfterSeconds ?? 60) } });
    }
    throw error;
  }
}
