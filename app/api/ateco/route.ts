import type { NextRequest } from "next/server";
import { searchAteco } from "@/lib/registries/ateco";
import { answerRegistrySearch } from "../_shared/registry-search";

export const dynamic = "force-dynamic";

/** GET /api/ateco?q=…: ATECO 2025 codes matching a code or words, for the questionnaire's sector field. */
export function GET(request: NextRequest) {
  return answerRegistrySearch(request, "ateco", (query) =>
    searchAteco(query, 20).map(({ code, level, section, titleIt, titleEn }) => ({ code, level, section, titleIt, titleEn })),
  );
}
