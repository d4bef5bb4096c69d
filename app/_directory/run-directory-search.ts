import "server-only";
import type { PartnerActor, StaffActor } from "@/lib/auth/actors";
import { db } from "@/lib/db";
import { parseDirectorySearch, type DirectorySearchField } from "@/lib/directory/directory-search-schema";
import { searchDirectory, type DirectoryResult } from "@/lib/directory/search-directory";
import { ValidationError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";

type QueryValues = Record<string, string | string[] | undefined>;
const FIELDS: readonly DirectorySearchField[] = ["q", "cause", "comune", "radiusKm", "offers", "needs", "kind", "page"];

export type DirectorySearchState = {
  /** What the form shows again (only single values: a repeated parameter is shown empty). */
  values: Partial<Record<DirectorySearchField, string>>;
  /** Message keys of directorySearchSchema, per field. */
  errors: Partial<Record<DirectorySearchField, string>>;
  /** Null when the search was refused: the page shows the form with its errors, never a 500. */
  result: DirectoryResult | null;
  /** The address of another page of the same search. */
  pageHref: (page: number) => string;
};

/** A directory page's search, from its query string: parsed with the shared schema, then run. */
export async function runDirectorySearch(
  path: string,
  params: QueryValues,
  actor: ({ type: "partner" } & PartnerActor) | ({ type: "staff" } & StaffActor),
  locale: Locale,
  keep: Record<string, string> = {},
): Promise<DirectorySearchState> {
  const values: DirectorySearchState["values"] = {};
  for (const field of FIELDS) {
    const value = params[field];
    if (typeof value === "string") values[field] = value;
  }
  const pageHref = (page: number) => {
    const query = new URLSearchParams(keep);
    for (const field of FIELDS) {
      const value = values[field]?.trim();
      if (field !== "page" && value) query.set(field, value);
    }
    if (page > 1) query.set("page", String(page));
    const text = query.toString();
    return text ? `${path}?${text}` : path;
  };
  const raw = Object.fromEntries(FIELDS.map((field) => [field, params[field]]));
  const parsing = parseDirectorySearch(raw);
  if (!parsing.ok) return { values, errors: parsing.errors, result: null, pageHref };
  try {
    const result = await searchDirectory(db, actor, parsing.search, { locale });
    return { values, errors: {}, result, pageHref };
  } catch (error) {
    if (error instanceof ValidationError) return { values, errors: { [error.field ?? "q"]: error.message }, result: null, pageHref };
    throw error;
  }
}
