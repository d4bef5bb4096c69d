// npm run bench:suggestions: a partner's suggestions page among 20,000 approved organisations,
// on the production server. Seeds the organisations (10,000 companies, 10,000 nonprofits,
// profiles drawn like bench:match's) with bulk inserts, starts `npm start` on that database,
// logs a company member in and times GET /workspace/suggestions over HTTP: the first request
// (which fills the server's candidate index), then the median and p95 of the next ones
// (target: median ≤ 150 ms). Prints the machine's load; exits 0 whatever the numbers.
//
// Database: BENCH_DATABASE_URL (a PostgreSQL server: a new database is created on it), else
// the embedded PostgreSQL of `npm start` in a throwaway directory. The line "Database:" says which.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { applyMigrations } from "@/lib/db/schema-engine";
import { BENCH_PARTNER as PARTNER, openBenchDatabase, percentile, seedBenchOrganizations } from "./bench-organizations";

const ORGANIZATIONS = Number(process.env.BENCH_ORGANIZATIONS ?? 20_000);
const PORT = Number(process.env.BENCH_PORT ?? 3304);
const RUNS = 30;

async function waitForServer(url: string, timeoutMs: number) {
  for (const started = Date.now(); Date.now() - started < timeoutMs; ) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`The app did not answer at ${url}`);
}

async function main() {
  const [load1, load5] = os.loadavg();
  console.log(`Machine: ${os.cpus().length} CPUs, load average ${load1?.toFixed(1)} (1 min) ${load5?.toFixed(1)} (5 min) at start.`);
  const database = await openBenchDatabase("bench_suggestions");
  console.log(`Database: ${database.label}.`);
  try {
    await applyMigrations(database.url);
    console.log(`Seeded ${await seedBenchOrganizations(database.url, ORGANIZATIONS)}.`);
    const base = `http://localhost:${PORT}`;
    const server = spawn("tsx", ["scripts/start.ts"], {
      env: { ...process.env, PORT: String(PORT), DATABASE_URL: database.url, NEXTAUTH_URL: base, NEXTAUTH_SECRET: randomUUID() },
      stdio: ["ignore", "ignore", "inherit"],
    });
    try {
      const exited = new Promise<never>((_, reject) => server.once("exit", (code) => reject(new Error(`The app server exited (${code}); is port ${PORT} free?`))));
      await Promise.race([waitForServer(`${base}/login`, 900_000), exited]);
      exited.catch(() => {});
      const { chromium } = await import("playwright-core");
      const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
      let cookie = "";
      try {
        const context = await browser.newContext({ locale: "it-IT" });
        const page = await context.newPage();
        await page.goto(`${base}/login`);
        const form = page.locator("main form");
        await form.getByLabel("E-mail").fill(PARTNER.email);
        await form.getByLabel("Password").fill(PARTNER.password);
        await form.getByRole("button", { name: "Accedi" }).click();
        await page.waitForURL(`${base}/workspace**`);
        cookie = (await context.cookies(base)).map(({ name, value }) => `${name}=${value}`).join("; ");
      } finally {
        await browser.close();
      }
      const get = async () => {
        const started = performance.now();
        const response = await fetch(`${base}/workspace/suggestions`, { headers: { Cookie: cookie } });
        const html = await response.text();
        const elapsed = performance.now() - started;
        if (!response.ok || !html.includes("Vedi profilo")) throw new Error(`No suggestions shown (${response.status})`);
        return elapsed;
      };
      const first = await get();
      console.log(`First request (fills this server's candidate index with ${ORGANIZATIONS} profiles): ${first.toFixed(0)} ms`);
      for (let warm = 0; warm < 3; warm++) await get();
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) times.push(await get());
      const median = percentile(times, 50);
      console.log(
        `Suggestions page, server time (GET /workspace/suggestions over loopback, full HTML): median ${median.toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms over ${RUNS} runs — target median <= 150 ms: ${median <= 150 ? "met" : "NOT met"}`,
      );
      const [after1] = os.loadavg();
      console.log(`Load average at the end: ${after1?.toFixed(1)}.`);
    } finally {
      server.kill("SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
    }
  } finally {
    await database.stop();
  }
}

main()
  .catch((error: unknown) => console.error(error))
  .finally(() => process.exit(0));
