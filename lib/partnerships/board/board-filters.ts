import { z } from "zod";
import { CAUSE_CODES, type CauseCode } from "@/lib/profiles/vocabulary";

/** The longest search text kept: longer input is cut, never refused (it comes from a URL). */
export const BOARD_SEARCH_MAX = 100;

/**
 * The board's filters as they live in the URL (a GET form). Unknown or malformed values
 * are dropped rather than refused: a hand-edited URL still shows a board.
 * owner: "" (anyone), "unassigned", "mine" or a staff user's id.
 */
export type BoardFilters = {
  owner: string;
  cause: CauseCode | "";
  comune: string;
  flagged: boolean;
  q: string;
};

export const NO_BOARD_FILTERS: BoardFilters = { owner: "", cause: "", comune: "", flagged: false, q: "" };

const text = (max: number) =>
  z.preprocess((value) => (Array.isArray(value) ? value[0] : value), z.string().catch("")).transform((value) => value.trim().slice(0, max));

const boardFiltersSchema = z.object({
  owner: text(64),
  cause: text(2),
  comune: text(80),
  flagged: text(5),
  q: text(BOARD_SEARCH_MAX),
});

export function parseBoardFilters(searchParams: Record<string, string | string[] | undefined>): BoardFilters {
  const raw = boardFiltersSchema.parse({
    owner: searchParams.owner ?? "",
    cause: searchParams.cause ?? "",
    comune: searchParams.comune ?? "",
    flagged: searchParams.flagged ?? "",
    q: searchParams.q ?? "",
  });
  const cause = (CAUSE_CODES as readonly string[]).includes(raw.cause) ? (raw.cause as CauseCode) : "";
  return { owner: raw.owner, cause, comune: raw.comune, flagged: raw.flagged === "1" || raw.flagged === "on", q: raw.q };
}

export function hasBoardFilters(filters: BoardFilters): boolean {
  return filters.owner !== "" || filters.cause !== "" || filters.comune !== "" || filters.flagged || filters.q !== "";
}

/** The filters as a query string (only those set), for the pages of a column read later. */
export function boardFilterQuery(filters: BoardFilters): string {
  const params = new URLSearchParams();
  if (filters.owner) params.set("owner", filters.owner);
  if (filters.cause) params.set("cause", filters.cause);
  if (filters.comune) params.set("comune", filters.comune);
  if (filters.flagged) params.set("flagged", "1");
  if (filters.q) params.set("q", filters.q);
  return params.toString();
}
