import { z } from "zod";
import { findComune } from "@/lib/geo";
import { CAUSE_CODES, RESOURCE_CODES } from "@/lib/profiles/vocabulary";

// The directory's search, one schema for the form (a GET form: the fields are the query
// string, so a search can be bookmarked and paged without JavaScript) and the server.
// Messages are keys of the `directory.validation` catalog.

export const DIRECTORY_PAGE_SIZE = 20;
export const MAX_RADIUS_KM = 300;
export const MAX_QUERY_LENGTH = 100;

/** An empty field of a GET form arrives as "": the same as not filtering by it. */
const blank = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const directorySearchSchema = z.object({
  q: z.preprocess(blank, z.string({ error: "invalid" }).trim().max(MAX_QUERY_LENGTH, "queryTooLong").optional()),
  cause: z.preprocess(blank, z.enum(CAUSE_CODES, { error: "unknownCause" }).optional()),
  comune: z.preprocess(
    blank,
    z
      .string({ error: "invalid" })
      .trim()
      .max(80, "comuneUnknown")
      .refine((name) => findComune(name) !== undefined, "comuneUnknown")
      .optional(),
  ),
  radiusKm: z.preprocess(
    blank,
    z.coerce.number({ error: "radiusInvalid" }).int("radiusInvalid").min(1, "radiusInvalid").max(MAX_RADIUS_KM, "radiusInvalid").optional(),
  ),
  offers: z.preprocess(blank, z.enum(RESOURCE_CODES, { error: "unknownResource" }).optional()),
  needs: z.preprocess(blank, z.enum(RESOURCE_CODES, { error: "unknownResource" }).optional()),
  /** Staff only (partners always see the other kind). */
  kind: z.preprocess(blank, z.enum(["COMPANY", "NONPROFIT"], { error: "invalid" }).optional()),
  page: z.preprocess(blank, z.coerce.number({ error: "pageInvalid" }).int("pageInvalid").min(1, "pageInvalid").max(100_000, "pageInvalid").default(1)),
});

export type DirectorySearchInput = z.input<typeof directorySearchSchema>;
export type DirectorySearch = z.output<typeof directorySearchSchema>;
export type DirectorySearchField = keyof DirectorySearch;

export type DirectorySearchParsing =
  | { ok: true; search: DirectorySearch }
  | { ok: false; errors: Partial<Record<DirectorySearchField, string>> };

/** Parses a query string's values (as Next gives them: a repeated name is an array, refused). */
export function parseDirectorySearch(params: Record<string, unknown>): DirectorySearchParsing {
  const parsed = directorySearchSchema.safeParse(params);
  if (parsed.success) return { ok: true, search: parsed.data };
  const errors: Partial<Record<DirectorySearchField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as DirectorySearchField | undefined;
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return { ok: false, errors };
}
