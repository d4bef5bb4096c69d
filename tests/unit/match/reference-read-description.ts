/** The reader as it was before the one-pass scanner (regex splits of the normalised text): the reference the scanner must agree with. */
import { CONCEPTS, NEGATION_CUES, STOPWORDS, SUFFIXES } from "@/lib/match/italian-lexicon";

export type DescriptionFeatures = {
  /** Hashed stems of the words that are not refused (sorted, unique). */
  stems: Int32Array;
  /** One bit per theme of CONCEPTS the description speaks of, outside negations. */
  concepts: number;
};

const MIN_STEM = 4;
const MAX_STEM = 7;
const KEY_LENGTH = 3;

function stripAccents(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

// The lexicon is written with accents for people; text is compared without them.
const PLAIN_STOPWORDS = new Set([...STOPWORDS].map(stripAccents));
const PLAIN_NEGATIONS = new Set([...NEGATION_CUES].map(stripAccents));
const PLAIN_SUFFIXES = SUFFIXES.map(stripAccents);

type ConceptEntry = { words: readonly string[]; bit: number; except: readonly string[] };

/**
 * Concept prefixes indexed by their first letters, so a word is checked against the few
 * prefixes that can match it, not all of them. Multi-word prefixes ("protezione civile")
 * keep their words and are checked against the words that follow.
 */
const CONCEPT_INDEX: ReadonlyMap<string, ConceptEntry[]> = (() => {
  const index = new Map<string, ConceptEntry[]>();
  CONCEPTS.forEach((concept, bit) => {
    for (const prefix of concept.prefixes) {
      const words = stripAccents(prefix).split(" ");
      const key = (words[0] ?? "").slice(0, KEY_LENGTH);
      const entry = { words, bit, except: (concept.except ?? []).map(stripAccents) };
      index.set(key, [...(index.get(key) ?? []), entry]);
    }
  });
  return index;
})();

/** Suffixes grouped by their last letter (longest first): a word is tried only against its own. */
const SUFFIXES_BY_LAST_LETTER: ReadonlyMap<string, readonly string[]> = (() => {
  const groups = new Map<string, string[]>();
  for (const suffix of PLAIN_SUFFIXES) {
    const last = suffix[suffix.length - 1] ?? "";
    groups.set(last, [...(groups.get(last) ?? []), suffix]);
  }
  return groups;
})();

/** Light Italian stemmer: strips one inflectional suffix, then caps the length. */
export function stemItalianWord(word: string): string {
  const suffixes = SUFFIXES_BY_LAST_LETTER.get(word[word.length - 1] ?? "");
  let stem = word;
  if (suffixes) {
    for (const suffix of suffixes) {
      if (stem.length - suffix.length >= MIN_STEM && stem.endsWith(suffix)) {
        stem = stem.slice(0, -suffix.length);
        break;
      }
    }
  }
  return stem.length > MAX_STEM ? stem.slice(0, MAX_STEM) : stem;
}

/** FNV-1a: stems become 32-bit integers, so comparing two descriptions is integer merging. */
function hashStem(stem: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < stem.length; i++) {
    hash ^= stem.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

function matchConcepts(words: readonly string[], at: number): number {
  const word = words[at] ?? "";
  const entries = CONCEPT_INDEX.get(word.slice(0, KEY_LENGTH));
  if (!entries) return 0;
  let mask = 0;
  for (const entry of entries) {
    // Every word of the prefix must match in turn; the last one as a prefix ("sportiv").
    const last = entry.words.length - 1;
    let ok = true;
    for (let k = 0; k <= last && ok; k++) {
      const actual = words[at + k];
      const expected = entry.words[k] as string;
      ok = actual !== undefined && (k === last ? actual.startsWith(expected) : actual === expected);
    }
    // "sportello" is not sport: a few words share a theme's prefix by accident.
    if (ok && !entry.except.some((e) => word.startsWith(e))) mask |= 1 << entry.bit;
  }
  return mask;
}

/**
 * Reads a description once, when a profile is prepared; ranking compares only the result.
 * Clauses under a negation ("non accetta partner del gioco", "senza alcuna esposizione del
 * marchio") are dropped from the point of negation on: a theme a profile refuses must not
 * count as a theme it shares with a candidate.
 */
export function readDescription(description: string): DescriptionFeatures {
  const plain = stripAccents(description.toLowerCase());
  const hashes: number[] = [];
  let concepts = 0;
  for (const clause of plain.split(CLAUSE_BREAK)) {
    const all = clause.split(WORD_BREAK);
    let end = all.length;
    for (let i = 0; i < all.length; i++) {
      if (PLAIN_NEGATIONS.has(all[i] as string)) {
        end = i;
        break;
      }
    }
    for (let i = 0; i < end; i++) {
      const word = all[i] as string;
      if (word.length === 0) continue;
      concepts |= matchConcepts(all, i);
      if (word.length < MIN_STEM || PLAIN_STOPWORDS.has(word) || HAS_DIGIT.test(word)) continue;
      hashes.push(hashStem(stemItalianWord(word)));
    }
  }
  return { stems: toSortedUnique(hashes), concepts };
}

const CLAUSE_BREAK = /[.,;:!?()\n]+/;
const WORD_BREAK = /[^a-z0-9]+/;
const HAS_DIGIT = /\d/;

function toSortedUnique(values: number[]): Int32Array {
  const sorted = Int32Array.from(values).sort();
  let size = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[size - 1]) sorted[size++] = sorted[i] as number;
  }
  // A copy of the right size: a subarray would keep the whole buffer alive.
  return sorted.slice(0, size);
}

/** Number of stems two sorted hash lists share (a merge, no allocation). */
export function countSharedStems(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}
