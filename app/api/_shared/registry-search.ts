import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { db } from "@/lib/db";
import { isSearchLimited, SEARCH_WINDOW } from "@/lib/registries/search-rate-limit";

const querySchema = z.object({ q: z.string().trim().min(1).max(80) });
const noStore = { "Cache-Control": "no-store" };

/**
 * GET ?q=… on a registry kept on the server (comuni, ATECO): the query checked with zod
 * (400 otherwise), the caller's address rate-limited (429), at most 20 results. Public:
 * signup has no session yet, and the registries are public data.
 */
export async function answerRegistrySearch<T>(request: NextRequest, registry: string, search: (query: string) => T[]): Promise<NextResponse> {
  const parsed = querySchema.safeParse({ q: request.nextUrl.searchParams.get("q") ?? undefined });
  if (!parsed.success) return NextResponse.json({ error: "q: from 1 to 80 characters" }, { status: 400, headers: noStore });
  if (await isSearchLimited(db, registry, clientIpFrom(request.headers))) {
    return NextResponse.json({ error: "too many requests" }, { status: 429, headers: { ...noStore, "Retry-After": String(SEARCH_WINDOW.windowSeconds) } });
  }
  return NextResponse.json({ results: search(parsed.data.q).slice(0, 20) }, { headers: { "Cache-Control": "private, max-age=300" } });
}
