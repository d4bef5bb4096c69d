/**
 * Text as the directory compares it: lower case, accents and other combining marks dropped
 * (NFD splits "à" into "a" + U+0300), apostrophes and punctuation turned into spaces, runs of
 * spaces collapsed. So "caritas" finds "Càritas", "citta" finds "Città" and "l'aquila" finds
 * "L’Aquila".
 */
export function normalizeSearchText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The words of a query, normalised, each to be found in the text (in any order). */
export function searchTermsOf(query: string): string[] {
  const normalized = normalizeSearchText(query);
  return normalized === "" ? [] : [...new Set(normalized.split(" "))];
}

/** True when every term occurs in the normalised text (as a part of a word: "caritas" in "caritas diocesana"). */
export function matchesTerms(normalizedText: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!normalizedText.includes(term)) return false;
  return true;
}
