import type { Database } from "@/lib/db/client";
import { countEvent, type Window } from "@/lib/rate-limit/fixed-window";

// The registry searches answer every keystroke of a combobox (debounced), so a person
// typing fast sends a few requests a second at most. 240 a minute per address leaves an
// office behind one public address room, and stops a client from walking the tables.
export const SEARCH_WINDOW: Window = { limit: 240, windowSeconds: 60 };

/** Counts one search from `ip`; true when it is over the limit (answer 429). */
export async function isSearchLimited(db: Database, registry: string, ip: string): Promise<boolean> {
  return (await countEvent(db, `search:${registry}:ip:${ip}`, SEARCH_WINDOW)) > SEARCH_WINDOW.limit;
}
