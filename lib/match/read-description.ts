import { CONCEPTS, NEGATION_CUES, STOPWORDS, SUFFIXES } from "./italian-lexicon";

export type DescriptionFeatures = {
  /** Hashed stems of the words that are not refused (sorted, unique). */
  stems: Int32Array;
  /** One bit per theme of CONCEPTS the description speaks of, outside negations. */
  concepts: number;
};

// Any character outside ASCII: only then is normalising worth its cost.
const NON_ASCII = /[^\x00-\x7f]/;
const MIN_STEM = 4;
const MAX_STEM = 7;
const KEY_LENGTH = 3;

function stripAccents(text: string): string {
  if (!NON_ASCII.test(text)) return text;
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

/** What a description needs to know about one word, worked out once per distinct word. */
type WordInfo = {
  /** The word, lowercased and without accents. */
  word: string;
  negation: boolean;
  /** Hash of its stem, or null when the word is not stemmed (short, stopword, digits). */
  stem: number | null;
  /** Themes the word alone starts. */
  singleConcepts: number;
  /** Multi-word prefixes starting with it, checked against the words that follow. */
  phrases: ConceptEntry[] | null;
};

function describeWord(word: string): WordInfo {
  let singleConcepts = 0;
  let phrases: ConceptEntry[] | null = null;
  for (const entry of CONCEPT_INDEX.get(word.slice(0, KEY_LENGTH)) ?? []) {
    if (entry.words.length > 1) (phrases ??= []).push(entry);
    else if (word.startsWith(entry.words[0] as string) && !entry.except.some((e) => word.startsWith(e))) {
      singleConcepts |= 1 << entry.bit;
    }
  }
  return {
    word,
    negation: PLAIN_NEGATIONS.has(word),
    stem:
      word.length < MIN_STEM || PLAIN_STOPWORDS.has(word) || HAS_DIGIT.test(word) ? null : hashStem(stemItalianWord(word)),
    singleConcepts,
    phrases,
  };
}

// Descriptions reuse a few thousand words: each is described once and found again by the
// hash of its characters, without making a string of it (a substring per word and a Map
// lookup cost more than the rest of the reading). Open addressing over a power-of-two table;
// bounded, so odd input cannot grow it without limit (words beyond the bound are described
// every time).
const MAX_CACHED_WORDS = 50_000;
const TABLE_MASK = (1 << 17) - 1; // 131,072 slots: under 40% full at the bound
const tableSlots = new Int32Array(TABLE_MASK + 1); // index + 1 into cachedWords, 0 = empty
const tableHashes = new Int32Array(TABLE_MASK + 1);
const cachedWords: WordInfo[] = [];

/** The word whose plain characters are wordChars[0..length), described (from the cache when seen). */
function findWord(length: number): WordInfo {
  let hash = 0x811c9dc5;
  for (let k = 0; k < length; k++) {
    hash ^= wordChars[k] as number;
    hash = Math.imul(hash, 0x01000193);
  }
  hash |= 0;
  let slot = hash & TABLE_MASK;
  for (;;) {
    const entry = tableSlots[slot] as number;
    if (entry === 0) break;
    if (tableHashes[slot] === hash) {
      const info = cachedWords[entry - 1] as WordInfo;
      const word = info.word;
      if (word.length === length) {
        let same = true;
        for (let k = 0; k < length && same; k++) same = word.charCodeAt(k) === wordChars[k];
        if (same) return info;
      }
    }
    slot = (slot + 1) & TABLE_MASK;
  }
  const info = describeWord(String.fromCharCode.apply(null, wordChars.subarray(0, length) as unknown as number[]));
  if (cachedWords.length < MAX_CACHED_WORDS) {
    cachedWords.push(info);
    tableSlots[slot] = cachedWords.length;
    tableHashes[slot] = hash;
  }
  return info;
}

/** Themes of the multi-word prefixes starting at `at` ("protezione civile"). */
function matchPhrases(phrases: readonly ConceptEntry[], words: readonly WordInfo[], count: number, at: number): number {
  const word = (words[at] as WordInfo).word;
  let mask = 0;
  for (const entry of phrases) {
    // Every word of the prefix must match in turn; the last one as a prefix ("sportiv").
    const last = entry.words.length - 1;
    let ok = true;
    for (let k = 0; k <= last && ok; k++) {
      const actual = at + k < count ? (words[at + k] as WordInfo).word : undefined;
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
  stemsFound = 0;
  let concepts = scanDescription(description, false);
  if (concepts === null) {
    stemsFound = 0;
    concepts = scanDescription(stripAccents(description.toLowerCase()), true) as number;
  }
  return { stems: takeSortedUnique(), concepts };
}

const SEPARATOR = -1;
const CLAUSE_BREAK = -2;
/** A character whose accents only the whole text's normalisation can remove (combining marks). */
const NEEDS_NORMALIZING = -3;
const CLAUSE_BREAK_CHARS = ".,;:!?()\n";
const charClasses = new Map<number, number>();

/**
 * What a character is once lowercased and stripped of accents, the way the whole text used
 * to be: the code of a-z or 0-9 it becomes, or SEPARATOR, CLAUSE_BREAK, NEEDS_NORMALIZING.
 */
function classifyChar(code: number): number {
  let cls = charClasses.get(code);
  if (cls !== undefined) return cls;
  const char = String.fromCharCode(code);
  const plain = stripAccents(char.toLowerCase());
  if (CLAUSE_BREAK_CHARS.includes(char)) cls = CLAUSE_BREAK;
  else if (/^[a-z0-9]$/.test(plain)) cls = plain.charCodeAt(0);
  else if (/[a-z0-9\u0300-\u036f]/.test(plain) || /[\u0300-\u036f]/.test(char)) cls = NEEDS_NORMALIZING;
  else cls = SEPARATOR;
  charClasses.set(code, cls);
  return cls;
}
const ASCII_CLASSES = Int16Array.from({ length: 128 }, (_, code) => classifyChar(code));

// Scratch state of the reading in progress, reused from one description to the next (the
// reading is synchronous): the plain characters of the current word, the words of the
// current clause, the stems found so far.
let wordChars = new Uint16Array(64);
const clauseWords: WordInfo[] = [];
let stemHashes = new Int32Array(256);
let stemsFound = 0;

/**
 * One pass over the characters, lowercasing and stripping accents as it goes (a regex split
 * of the normalised text cost more than the rest of the reading). Returns the themes, or
 * null when a character needs the whole text normalised first (then `plain` is true).
 */
function scanDescription(text: string, plain: boolean): number | null {
  let concepts = 0;
  let clauseLength = 0;
  let wordLength = 0;
  const length = text.length;
  for (let i = 0; i <= length; i++) {
    let cls = CLAUSE_BREAK;
    if (i < length) {
      const code = text.charCodeAt(i);
      cls = code < 128 ? (ASCII_CLASSES[code] as number) : plain ? SEPARATOR : classifyChar(code);
      if (cls === NEEDS_NORMALIZING) return null;
      if (cls >= 0) {
        if (wordLength === wordChars.length) {
          const grown = new Uint16Array(wordLength * 2);
          grown.set(wordChars);
          wordChars = grown;
        }
        wordChars[wordLength++] = cls;
        continue;
      }
    }
    if (wordLength > 0) {
      clauseWords[clauseLength++] = findWord(wordLength);
      wordLength = 0;
    }
    if (cls === CLAUSE_BREAK && clauseLength > 0) {
      concepts |= readClause(clauseLength);
      clauseLength = 0;
    }
  }
  return concepts;
}

/** Reads one clause's words up to a negation: keeps their stems, returns their themes. */
function readClause(count: number): number {
  let concepts = 0;
  for (let i = 0; i < count; i++) {
    const info = clauseWords[i] as WordInfo;
    if (info.negation) break;
    concepts |= info.singleConcepts;
    if (info.phrases) concepts |= matchPhrases(info.phrases, clauseWords, count, i);
    if (info.stem !== null) addStem(info.stem);
  }
  return concepts;
}

const HAS_DIGIT = /\d/;

/**
 * Binary insertion into the sorted, unique stems so far: a description has a few dozen
 * stems, many repeated, where this beats sorting a copy (the shift is a plain loop: a
 * copyWithin call costs more than it moves).
 */
function addStem(value: number): void {
  let low = 0;
  let high = stemsFound;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((stemHashes[mid] as number) < value) low = mid + 1;
    else high = mid;
  }
  if (low < stemsFound && stemHashes[low] === value) return;
  if (stemsFound === stemHashes.length) {
    const grown = new Int32Array(stemsFound * 2);
    grown.set(stemHashes);
    stemHashes = grown;
  }
  for (let k = stemsFound; k > low; k--) stemHashes[k] = stemHashes[k - 1] as number;
  stemHashes[low] = value;
  stemsFound++;
}

// The stems of successive descriptions are views into shared slabs: one small typed array
// of its own per profile costs an allocation outside the heap each, which 100,000 profiles
// feel (and the collector more). A slab stays alive while any of its views does: small
// slabs keep that cost low when a few prepared profiles are kept for long.
const SLAB_LENGTH = 4096;
let slab = new Int32Array(SLAB_LENGTH);
let slabUsed = 0;

function takeSortedUnique(): Int32Array {
  const count = stemsFound;
  if (slabUsed + count > slab.length) {
    slab = new Int32Array(Math.max(SLAB_LENGTH, count));
    slabUsed = 0;
  }
  const stems = slab.subarray(slabUsed, slabUsed + count);
  for (let k = 0; k < count; k++) stems[k] = stemHashes[k] as number;
  slabUsed += count;
  return stems;
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
