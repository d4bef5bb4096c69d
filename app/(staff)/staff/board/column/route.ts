import { toBoardCard } from "@/components/board/to-board-card";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { parseBoardFilters } from "@/lib/partnerships/board/board-filters";
import { boardColumnPageSchema, loadBoardColumn } from "@/lib/partnerships/board/load-board-column";

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/**
 * A page of one board column (GET ?phase=…&after=…&limit=… and the board's filters):
 * "Mostra altre" in a long column, and the closed columns once opened.
 */
export async function GET(request: Request): Promise<Response> {
  // The guard answers 401 to visitors and 403 to partners; the service checks again.
  const staff = await requireStaff();
  const params = new URL(request.url).searchParams;
  const parsed = boardColumnPageSchema.safeParse({ phase: params.get("phase"), after: params.get("after"), limit: params.get("limit") ?? undefined });
  if (!parsed.success) return json({ error: "invalid", fields: parsed.error.flatten().fieldErrors }, 400);
  const filters = parseBoardFilters(Object.fromEntries(params));
  try {
    const [page, locale] = await Promise.all([
      loadBoardColumn(db, staff, filters, { phase: parsed.data.phase, after: params.get("after"), limit: parsed.data.limit }),
      getRequestLocale(),
    ]);
    return json({ cards: page.cards.map((card) => toBoardCard(card, locale)), nextCursor: page.nextCursor });
  } catch (error) {
    if (error instanceof ForbiddenError) return json({ error: "forbidden" }, 403);
    throw error;
  }
}
