import { buildCalendarFeed } from "@/lib/calendar/build-calendar-feed";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

/**
 * A person's calendar feed for calendar apps, which fetch it with no session: the token in
 * the address is the credential (lib/calendar/calendar-address.ts). It travels in the query
 * string so that it never appears in the paths our error logs record.
 */
export async function GET(request: Request): Promise<Response> {
  const query = new URL(request.url).searchParams;
  try {
    const body = await buildCalendarFeed(db, { token: query.get("token") ?? "", partnershipId: query.get("partnership") ?? undefined });
    return new Response(body, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": 'inline; filename="insieme.ics"',
        "Cache-Control": "private, no-cache",
        "X-Robots-Tag": "noindex",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
    throw error;
  }
}
