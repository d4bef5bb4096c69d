// npm run bench:directory: searches of the directory among 20,000 approved organisations
// (the same seed as bench:suggestions: 10,000 companies and 10,000 nonprofits). Times
// searchDirectory — what the page waits for: the reader's organisation and exposure read
// from PostgreSQL, then the search over this process's CandidateIndex — for a few searches,
// after the first one has filled the index. Prints median and p95 of each against the
// 150 ms target, and the machine's load; exits 0 whatever the numbers. (React rendering of
// the 20 cards is not included: it does not grow with the number of organisations.)
//
// Database: BENCH_DATABASE_URL (a new database on that server), else the embedded PostgreSQL
// of `npm start` in a throwaway directory.
import os from "node:os";
import { performance } from "node:perf_hooks";
import { createDatabaseClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/schema-engine";
import type { DirectorySearchInput } from "@/lib/directory/directory-search-schema";
import { searchDirectory } from "@/lib/directory/search-directory";
import { CandidateIndex } from "@/lib/suggestions/candidate-index";
import { BENCH_PARTNER, openBenchDatabase, percentile, seedBenchOrganizations } from "./bench-organizations";

const ORGANIZATIONS = Number(process.env.BENCH_ORGANIZATIONS ?? 20_000);
const RUNS = 30;
const TARGET_MS = 150;

const SEARCHES: Array<{ label: string; input: DirectorySearchInput }> = [
  { label: "no filter, page 1 (every nonprofit ranked by fit)", input: {} },
  { label: "no filter, page 50", input: { page: "50" } },
  { label: "text \"associazione 1\" (accents/case folded)", input: { q: "Associazione 1" } },
  { label: "text from descriptions \"anziani famiglie\"", input: { q: "anziani famiglie" } },
  { label: "cause u + needs funding", input: { cause: "u", needs: "funding" } },
  { label: "within 15 km of Vigevano", input: { comune: "Vigevano", radiusKm: "15" } },
  { label: "comune Pavia, offers storytelling", input: { comune: "Pavia", offers: "storytelling" } },
];

async function main() {
  const [load1, load5] = os.loadavg();
  console.log(`Machine: ${os.cpus().length} CPUs, load average ${load1?.toFixed(1)} (1 min) ${load5?.toFixed(1)} (5 min) at start.`);
  const database = await openBenchDatabase("bench_directory");
  console.log(`Database: ${database.label}.`);
  const db = createDatabaseClient(database.url);
  try {
    await applyMigrations(database.url);
    console.log(`Seeded ${await seedBenchOrganizations(database.url, ORGANIZATIONS)}.`);
    const user = await db.user.findUniqueOrThrow({ where: { email: BENCH_PARTNER.email }, select: { id: true } });
    const actor = { type: "partner" as const, user, organization: { id: "bench-s-0" } };
    // One index, as one app server keeps; an interval long enough that no refresh lands in a run.
    const index = new CandidateIndex({ refreshIntervalMs: 600_000 });
    const search = async (input: DirectorySearchInput) => {
      const started = performance.now();
      const result = await searchDirectory(db, actor, input, { locale: "it", index });
      const elapsed = performance.now() - started;
      if (result.state !== "ready") throw new Error(`The directory answered ${result.state}`);
      return { elapsed, total: result.total, shown: result.items.length };
    };

    const first = await search({});
    console.log(`First search (fills the candidate index with ${ORGANIZATIONS} organisations): ${first.elapsed.toFixed(0)} ms`);
    const medians: number[] = [];
    for (const { label, input } of SEARCHES) {
      for (let warm = 0; warm < 3; warm++) await search(input);
      const times: number[] = [];
      let found = { total: 0, shown: 0 };
      for (let run = 0; run < RUNS; run++) {
        const { elapsed, ...rest } = await search(input);
        times.push(elapsed);
        found = rest;
      }
      const median = percentile(times, 50);
      medians.push(median);
      console.log(
        `${label}: ${found.total} found, ${found.shown} shown — median ${median.toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms over ${RUNS} runs`,
      );
    }
    const worst = Math.max(...medians);
    console.log(`Slowest median ${worst.toFixed(1)} ms — target median <= ${TARGET_MS} ms: ${worst <= TARGET_MS ? "met" : "NOT met"}`);
    const [after1] = os.loadavg();
    console.log(`Load average at the end: ${after1?.toFixed(1)}.`);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

main()
  .catch((error: unknown) => console.error(error))
  .finally(() => process.exit(0));
