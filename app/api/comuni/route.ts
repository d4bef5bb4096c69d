import type { NextRequest } from "next/server";
import { searchComuni } from "@/lib/geo";
import { answerRegistrySearch } from "../_shared/registry-search";

export const dynamic = "force-dynamic";

/** GET /api/comuni?q=…: the comuni matching the text, for the comune fields (the table stays on the server). */
export function GET(request: NextRequest) {
  return answerRegistrySearch(request, "comuni", (query) => searchComuni(query, 20));
}
