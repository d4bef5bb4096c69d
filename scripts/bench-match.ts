/**
 * Benchmark of the match engine on synthetic profiles (same vocabulary as the real ones,
 * seeded PRNG: every run ranks the same data).
 *
 *   npm run bench:match
 *
 * Prints plain lines: median and p95 ms to rank 100,000 candidates for one subject (top 10),
 * the time for all pairs 2,000 companies × 2,000 nonprofits (top 10 each), peak RSS and heap.
 */
import { performance } from "node:perf_hooks";
import { listComuniOfProvince } from "../lib/geo";
import {
  CAUSE_CODES,
  COMPANY_RESOURCE_CODES,
  HORIZONS,
  LEGAL_FORMS,
  NONPROFIT_RESOURCE_CODES,
  SENSITIVE_TAGS,
  prepareProfile,
  rankCandidates,
  type MatchProfile,
  type PreparedProfile,
} from "../lib/match";

const SEED = 20_250_101;
const CANDIDATES = 100_000;
const RUNS = 25;
const PAIRS_SIDE = 2_000;
const TOP = 10;

/** mulberry32: tiny, fast, good enough to draw test data reproducibly. */
function createRandom(seed: number): () => number {
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

function pickSome<T>(random: () => number, list: readonly T[], min: number, max: number): T[] {
  const n = min + Math.floor(random() * (max - min + 1));
  const out = new Set<T>();
  while (out.size < n) out.add(pick(random, list));
  return [...out];
}

/**
 * Sentences of ten random words, drawn once: a description is four of them. Real profiles
 * repeat phrases too, and drawing sentences rather than words keeps the generator's own
 * garbage from dominating the memory measured.
 */
function makeSentences(random: () => number): string[] {
  return Array.from({ length: 400 }, () => Array.from({ length: 10 }, () => pick(random, WORDS)).join(" "));
}

function makeDescription(random: () => number, sentences: readonly string[]): string {
  return `${pick(random, sentences)}. ${pick(random, sentences)}, ${pick(random, sentences)}. ${pick(random, sentences)}.`;
}

function makeProfile(
  random: () => number,
  kind: MatchProfile["kind"],
  index: number,
  comuni: readonly string[],
  sentences: readonly string[],
): MatchProfile {
  const base = {
    id: `${kind === "company" ? "c" : "np"}-${index}`,
    name: `${kind} ${index}`,
    comune: pick(random, comuni),
    description: makeDescription(random, sentences),
    causes: pickSome(random, CAUSE_CODES, 1, 4),
    sdgs: pickSome(random, Array.from({ length: 17 }, (_, i) => i + 1), 0, 4),
    horizons: pickSome(random, HORIZONS, 1, 3),
  };
  if (kind === "company") {
    return {
      ...base,
      kind,
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
    ...base,
    kind,
    offers: pickSome(random, NONPROFIT_RESOURCE_CODES, 1, 4),
    needs: pickSome(random, COMPANY_RESOURCE_CODES, 1, 4),
    legalForm: pick(random, LEGAL_FORMS),
    volunteersHosted: Math.floor(random() * 30),
    projectBudgetEur: Math.floor(random() * 60_000),
    excludeSectorTags: random() < 0.2 ? pickSome(random, SENSITIVE_TAGS, 1, 3) : [],
  };
}

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

let peakHeapMb = 0;
function sampleHeap(): void {
  peakHeapMb = Math.max(peakHeapMb, process.memoryUsage().heapUsed / 1_048_576);
}

function main(): void {
  const random = createRandom(SEED);
  const comuni = listComuniOfProvince("PV").map((c) => c.name);
  const sentences = makeSentences(random);

  let start = performance.now();
  const candidates: PreparedProfile[] = [];
  for (let i = 0; i < CANDIDATES; i++) candidates.push(prepareProfile(makeProfile(random, "nonprofit", i, comuni, sentences)));
  const prepareMs = performance.now() - start;
  const subject = prepareProfile(makeProfile(random, "company", 0, comuni, sentences));
  sampleHeap();

  const times: number[] = [];
  for (let run = 0; run < RUNS + 3; run++) {
    start = performance.now();
    const top = rankCandidates(subject, candidates, { top: TOP });
    const elapsed = performance.now() - start;
    if (top.length !== TOP) throw new Error("ranking returned too few candidates");
    if (run >= 3) times.push(elapsed); // the first runs warm the JIT up
    sampleHeap();
  }
  times.sort((a, b) => a - b);

  candidates.length = 0; // let the 100,000 go before the all-pairs phase
  const companies: PreparedProfile[] = [];
  const nonprofits: PreparedProfile[] = [];
  for (let i = 0; i < PAIRS_SIDE; i++) companies.push(prepareProfile(makeProfile(random, "company", i, comuni, sentences)));
  for (let i = 0; i < PAIRS_SIDE; i++) nonprofits.push(prepareProfile(makeProfile(random, "nonprofit", i, comuni, sentences)));
  start = performance.now();
  let returned = 0;
  for (const company of companies) returned += rankCandidates(company, nonprofits, { top: TOP }).length;
  const allPairsMs = performance.now() - start;
  sampleHeap();

  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const lines = [
    `prepare ${CANDIDATES} profiles: ${prepareMs.toFixed(0)} ms (once, not part of ranking)`,
    `rank ${CANDIDATES} candidates, top ${TOP}, ${RUNS} runs: median ${percentile(times, 50).toFixed(1)} ms (target < 50), p95 ${percentile(times, 95).toFixed(1)} ms`,
    `all pairs ${PAIRS_SIDE} x ${PAIRS_SIDE}, top ${TOP} each: ${allPairsMs.toFixed(0)} ms (target < 2000), ${returned} matches`,
    `peak RSS: ${peakRssMb.toFixed(0)} MB (target < 300)`,
    `peak heap used: ${peakHeapMb.toFixed(0)} MB`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

main();
