import { atecoByCode, atecoEntries, recodingOf, type AtecoEntry } from "./ateco-table";

/**
 * A code as people write it: "62.10.00", "621000", "62 10", " k " for a section. Returns the
 * dotted form ISTAT uses, or null when it cannot be an ATECO code.
 */
export function normalizeAtecoCode(input: string): string | null {
  const text = input.trim().toUpperCase();
  if (/^[A-Z]$/.test(text)) return text;
  const digits = text.replace(/[\s.]/g, "");
  if (!/^\d{2,6}$/.test(digits)) return null;
  const parts = [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 6)].filter(Boolean);
  return parts.join(".");
}

/** The ATECO 2025 entry of a code, if the code exists in the stored version. */
export function findAteco(input: string): AtecoEntry | undefined {
  const code = normalizeAtecoCode(input);
  return code ? atecoByCode(code) : undefined;
}

export type AtecoSuggestion = { from: string; to: AtecoEntry; correspondences: number };

/**
 * For a code of ATECO 2007 (aggiornamento 2022) that is not an ATECO 2025 code as well, the
 * 2025 code ISTAT's recoding table suggests; correspondences > 1 means the old activity was
 * split and the person should check the suggestion.
 */
export function suggestAteco2025(input: string): AtecoSuggestion | undefined {
  const code = normalizeAtecoCode(input);
  if (!code || atecoByCode(code)) return undefined;
  const recoded = recodingOf(code);
  const to = recoded ? atecoByCode(recoded.code) : undefined;
  return recoded && to ? { from: code, to, correspondences: recoded.correspondences } : undefined;
}

const fold = (text: string) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

// The words of each title, kept for the entries they were made from (the tables of the configured directory).
let words: { of: AtecoEntry[]; list: Array<{ entry: AtecoEntry; words: string[] }> } | undefined;

/**
 * At most `limit` codes matching what was typed: a code (or its start, "62.1", "6210") or
 * words that each start a word of the Italian or English title, accents and case ignored
 * ("programmazione inform", "agricoltura sociale"). Subcategories, what a company
 * registers, come before the broader codes; ISTAT's order within each.
 */
export function searchAteco(query: string, limit = 20): AtecoEntry[] {
  const text = query.trim();
  if (text === "") return [];
  const byCodePrefix = /^[\d.\s]+$/.test(text) ? text.replace(/\s/g, "") : null;
  if (byCodePrefix !== null) {
    const compact = byCodePrefix.replace(/\./g, "");
    return atecoEntries()
      .filter((entry) => entry.level > 1 && entry.code.replace(/\./g, "").startsWith(compact))
      .sort((a, b) => a.code.length - b.code.length || a.code.localeCompare(b.code))
      .slice(0, limit);
  }
  const entries = atecoEntries();
  if (words?.of !== entries) {
    words = { of: entries, list: entries.map((entry) => ({ entry, words: fold(`${entry.titleIt} ${entry.titleEn}`).split(/[^a-z0-9]+/).filter(Boolean) })) };
  }
  const wanted = fold(text).split(/[^a-z0-9]+/).filter(Boolean);
  if (wanted.length === 0) return [];
  return words.list
    .filter((item) => wanted.every((w) => item.words.some((word) => word.startsWith(w))))
    .map((item) => item.entry)
    .sort((a, b) => b.level - a.level)
    .slice(0, limit);
}
