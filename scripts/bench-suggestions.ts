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
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { createDatabaseClient } from "@/lib/db/client";
import { embeddedPaths, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/schema-engine";
import { listComuniOfProvince } from "@/lib/geo";
import type { MatchProfile } from "@/lib/match";
import { createRandom, makeProfile, makeSentences } from "./match-profile-generator";

const ORGANIZATIONS = Number(process.env.BENCH_ORGANIZATIONS ?? 20_000);
const PORT = Number(process.env.BENCH_PORT ?? 3304);
const RUNS = 30;
const PARTNER = { email: "bench.partner@insieme.local", password: "Bench-Partner-2026!" };

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}


type BenchDatabase = { url: string; label: string; stop: () => Promise<void> };

async function openDatabase(): Promise<BenchDatabase> {
  const server = process.env.BENCH_DATABASE_URL;
  if (server) {
    const name = `bench_suggestions_${Date.now()}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(server);
    url.pathname = `/${name}`;
    return { url: url.toString(), label: `PostgreSQL at BENCH_DATABASE_URL, new database ${name}`, stop: async () => {} };
  }
  // The default: the same embedded PostgreSQL as `npm start`, in a throwaway directory.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "insieme-bench-"));
  const embedded = await startEmbeddedPostgres({ paths: embeddedPaths(dataDir) });
  return {
    url: embedded.url,
    label: "embedded PostgreSQL (as npm start), throwaway directory",
    stop: async () => {
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The questionnaire data of a drawn profile, in the shape the questionnaire stores. */
function profileData(profile: MatchProfile): Record<string, unknown> {
  const data: Record<string, unknown> = { ...profile };
  for (const column of ["id", "name", "comune", "kind"]) delete data[column];
  return profile.kind === "nonprofit" ? { ...data, runtsSection: "B", runtsNumber: "1" } : data;
}

async function seed(url: string) {
  const db = createDatabaseClient(url);
  const random = createRandom(20_260_101);
  const comuni = listComuniOfProvince("PV").map((c) => c.name);
  const sentences = makeSentences(random);
  const started = performance.now();
  const BATCH = 2_000;
  for (let from = 0; from < ORGANIZATIONS; from += BATCH) {
    const profiles = Array.from({ length: Math.min(BATCH, ORGANIZATIONS - from) }, (_, i) =>
      makeProfile(random, (from + i) % 2 === 0 ? "company" : "nonprofit", from + i, comuni, sentences),
    );
    await db.organization.createMany({
      data: profiles.map((p, i) => ({
        id: `bench-s-${from + i}`,
        kind: p.kind === "company" ? ("COMPANY" as const) : ("NONPROFIT" as const),
        name: `${p.kind === "company" ? "Impresa" : "Associazione"} ${from + i}`,
        taxCode: `BENCHS${String(from + i).padStart(7, "0")}`,
        comune: p.comune,
        status: "ACTIVE" as const,
      })),
    });
    await db.organizationProfile.createMany({
      data: profiles.map((p, i) => ({ organizationId: `bench-s-${from + i}`, data: profileData(p) as object, step: 5, submittedAt: new Date() })),
    });
  }
  await db.user.create({
    data: {
      email: PARTNER.email,
      name: "Partner Bench",
      passwordHash: await hashPassword(PARTNER.password),
      role: "PARTNER",
      emailVerifiedAt: new Date(),
      memberships: { create: { organizationId: "bench-s-0" } },
    },
  });
  const seconds = (performance.now() - started) / 1000;
  await db.$disconnect();
  return `${ORGANIZATIONS} ACTIVE organisations with sent questionnaires in ${seconds.toFixed(1)} s; the partner is a member of company bench-s-0`;
}

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
  const database = await openDatabase();
  console.log(`Database: ${database.label}.`);
  try {
    await applyMigrations(database.url);
    console.log(`Seeded ${await seed(database.url)}.`);
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
