/**
 * Synthetic profiles in the vocabulary of the real ones, drawn from a seeded PRNG (the same
 * seed gives the same profiles): for bench:match and for the tests that compare the engine's
 * fast path with its explained one on many random pairs.
 */
import {
  CAUSE_CODES,
  COMPANY_RESOURCE_CODES,
  HORIZONS,
  LEGAL_FORMS,
  NONPROFIT_RESOURCE_CODES,
  SENSITIVE_TAGS,
  type MatchProfile,
} from "../lib/match";

/** mulberry32: tiny, fast, good enough to draw test data reproducibly. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const WORDS = (
  "anziani ragazzi bambini famiglie scuole sport calcio basket cultura teatro musica ambiente rifiuti " +
  "fiume cibo alimenti pane spesa eccedenze emporio orto serra agricoltura disabilità tirocinio " +
  "inserimento lavorativo detenuti casa alloggi sfratti salute farmaci digitale computer coding " +
  "furgone trasporto magazzino logistica legalità montagna valle colline frazioni emergenza soccorso " +
  "povertà migranti formazione laboratorio quartiere città provincia comunità territorio volontari " +
  "progetto sostegno contributo competenze tecnici impianti manutenzione comunicazione eventi"
).split(" ");

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

/**
 * n distinct values, drawn in the same order a Set would keep them. A plain array and a
 * linear check: the lists hold at most a few values, and a Set plus its spread copy per list
 * was most of the garbage of drawing 100,000 profiles, which bench:match's memory figure is
 * not about.
 */
function pickSome<T>(random: () => number, list: readonly T[], min: number, max: number): T[] {
  const n = min + Math.floor(random() * (max - min + 1));
  const out: T[] = [];
  while (out.length < n) {
    const value = pick(random, list);
    if (!out.includes(value)) out.push(value);
  }
  return out;
}

const SDG_NUMBERS = Array.from({ length: 17 }, (_, i) => i + 1);

/**
 * Sentences of ten random words, drawn once: a description is four of them. Real profiles
 * repeat phrases too, and drawing sentences rather than words keeps the generator's own
 * garbage from dominating the memory measured.
 */
export function makeSentences(random: () => number): string[] {
  return Array.from({ length: 400 }, () => Array.from({ length: 10 }, () => pick(random, WORDS)).join(" "));
}

/**
 * Joined, not concatenated: a concatenation is a tree of string pieces that the engine's
 * first read of it flattens into a copy (timed, and garbage), while a description read from
 * the database is already one flat string, as a join makes it.
 */
function makeDescription(random: () => number, sentences: readonly string[]): string {
  return [pick(random, sentences), ". ", pick(random, sentences), ", ", pick(random, sentences), ". ", pick(random, sentences), "."].join("");
}

export function makeProfile(
  random: () => number,
  kind: MatchProfile["kind"],
  index: number,
  comuni: readonly string[],
  sentences: readonly string[],
): MatchProfile {
  // One object per profile, its fields drawn in a fixed order (the seed's sequence).
  const id = `${kind === "company" ? "c" : "np"}-${index}`;
  const name = `${kind} ${index}`;
  const comune = pick(random, comuni);
  const description = makeDescription(random, sentences);
  const causes = pickSome(random, CAUSE_CODES, 1, 4);
  const sdgs = pickSome(random, SDG_NUMBERS, 0, 4);
  const horizons = pickSome(random, HORIZONS, 1, 3);
  if (kind === "company") {
    return {
      id, name, comune, description, causes, sdgs, horizons, kind,
      offers: pickSome(random, COMPANY_RESOURCE_CODES, 1, 5),
      needs: pickSome(random, NONPROFIT_RESOURCE_CODES, 0, 3),
      rangeKm: 5 + Math.floor(random() * 60),
      employees: 1 + Math.floor(random() * 500),
      budgetEur: Math.floor(random() * 50_000),
      volunteerHours: Math.floor(random() * 800),
      sector: "C 10.7",
      sectorTags: random() < 0.1 ? [pick(random, SENSITIVE_TAGS)] : [],
      excludeCauses: random() < 0.1 ? [pick(random, CAUSE_CODES)] : [],
    };
  }
  return {
    id, name, comune, description, causes, sdgs, horizons, kind,
    offers: pickSome(random, NONPROFIT_RESOURCE_CODES, 1, 4),
    needs: pickSome(random, COMPANY_RESOURCE_CODES, 1, 4),
    legalForm: pick(random, LEGAL_FORMS),
    volunteersHosted: Math.floor(random() * 30),
    projectBudgetEur: Math.floor(random() * 60_000),
    excludeSectorTags: random() < 0.2 ? pickSome(random, SENSITIVE_TAGS, 1, 3) : [],
  };
}

