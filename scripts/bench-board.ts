// npm run bench:board [-- --partnerships N]: the staff board at scale (N partnerships,
// 500 unless asked) on the embedded PostgreSQL (a fresh cluster in a temporary directory)
// with the migrations applied. Measures and prints, each with its target:
//  1. the board's data load (loadBoard, the page's own lib function, default filters),
//     with a search and a "Mostra altre" page beside it for reading;
//  2. a move acknowledged by the server: POST /staff/board/move on the production build,
//     with a staff session, over HTTP (route handler → guard → movePartnership → audit);
//  3. the page interactive in Chromium: navigation to /staff until the board is hydrated;
//  4. the size of the board page's HTML.
// With --screenshots DIR it also saves pictures of the board at 1366 and 390 px wide.
// The machine's load average is printed at the start and the end: the wall-clock numbers
// grow with it. Exits 0 whatever the numbers: they are for reading, not a gate.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import type { BrowserContext } from "playwright-core";
import { createDatabaseClient } from "@/lib/db/client";
import { embeddedPaths, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/schema-engine";
import { NO_BOARD_FILTERS } from "@/lib/partnerships/board/board-filters";
import { loadBoard } from "@/lib/partnerships/board/load-board";
import { loadBoardColumn } from "@/lib/partnerships/board/load-board-column";
import { BENCH_STAFF as STAFF, DEFAULT_PARTNERSHIPS, seedBoardBench } from "./bench-board-seed";

const PORT = Number(process.env.BENCH_PORT ?? 3231);
const RUNS = 30;

const median = (values: number[]) => percentile(values, 50);
function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}
const ms = (value: number) => `${value.toFixed(1)} ms`;
function report(label: string, values: number[], target?: number) {
  const mid = median(values);
  const verdict = target === undefined ? "" : ` — target median ≤ ${target} ms: ${mid <= target ? "PASS" : "FAIL"}`;
  console.log(`${label}: median ${ms(mid)}, p95 ${ms(percentile(values, 95))} over ${values.length} runs${verdict}`);
}
const HTML_TARGET_KIB = 600;
const loadAverage = () => os.loadavg().map((value) => value.toFixed(2)).join(" / ");

/** --partnerships N: a whole number from 1 to 100,000; --screenshots DIR: pictures of the board at that scale. */
function readArgs(): { partnerships: number; screenshots: string | null } {
  const { values } = parseArgs({ options: { partnerships: { type: "string" }, screenshots: { type: "string" } }, allowPositionals: true });
  return { partnerships: partnershipsAsked(values.partnerships), screenshots: values.screenshots ?? null };
}

function partnershipsAsked(asked: string | undefined): number {
  if (asked === undefined) return DEFAULT_PARTNERSHIPS;
  const count = Number(asked);
  if (!Number.isInteger(count) || count < 1 || count > 100_000) throw new Error(`--partnerships wants a whole number from 1 to 100000, not "${asked}".`);
  return count;
}

/** The board on a laptop (1366×768, a long column shown further and the closed columns opened) and on a phone. */
async function takeScreenshots(context: BrowserContext, base: string, directory: string) {
  mkdirSync(directory, { recursive: true });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${base}/staff`);
  await page.waitForSelector("[data-board-ready=true]", { state: "attached" });
  await page.screenshot({ path: path.join(directory, "board-1366.png") });
  const more = page.getByRole("button", { name: /^Mostra altre/ }).first();
  const before = await page.locator("li[data-card-id]").count();
  await more.click();
  await page.waitForFunction((count) => document.querySelectorAll("li[data-card-id]").length > count, before);
  await page.getByText("Partnership chiuse (concluse e interrotte)").click();
  await page.locator("section[aria-labelledby=board-DISCONTINUED] li[data-card-id]").first().waitFor();
  await page.screenshot({ path: path.join(directory, "board-1366-full.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${base}/staff`);
  await page.waitForSelector("[data-board-ready=true]", { state: "attached" });
  await page.getByLabel("Colonna da mostrare").selectOption("PLANNING");
  await page.screenshot({ path: path.join(directory, "board-390.png"), fullPage: true });
  await page.close();
  console.log(`Screenshots in ${directory}.`);
}

async function waitForServer(url: string, timeoutMs: number) {
  for (const started = Date.now(); Date.now() - started < timeoutMs; ) {
    const ok = await fetch(url).then((response) => response.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`The app did not answer at ${url}`);
}

async function main() {
  const { partnerships, screenshots } = readArgs();
  console.log(`Machine: ${os.cpus().length} CPUs, load average (1 / 5 / 15 min) ${loadAverage()} at start (wall-clock numbers grow with it).`);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "insieme-bench-"));
  const database = await startEmbeddedPostgres({ paths: embeddedPaths(dataDir) });
  try {
    await applyMigrations(database.url);
    const db = createDatabaseClient(database.url);
    const { staff, summary } = await seedBoardBench(db, partnerships);
    console.log(`Seeded ${summary}.`);

    // 1. The board's data, as the page loads it.
    for (let warm = 0; warm < 3; warm += 1) await loadBoard(db, staff, NO_BOARD_FILTERS);
    const loads: number[] = [];
    const cpu: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      await loadBoard(db, staff, NO_BOARD_FILTERS);
      loads.push(performance.now() - started);
      const used = process.cpuUsage(cpuStarted);
      cpu.push((used.user + used.system) / 1000);
    }
    report("Board data load (loadBoard, default filters, embedded PostgreSQL)", loads, 150);
    // The database is another process: this is the app side's CPU cost of a load.
    console.log(`  (CPU time of this process per load: median ${ms(median(cpu))}, p95 ${ms(percentile(cpu, 95))})`);
    // For reading: a search (filtered in the database) and the next page of a long column.
    const searches: number[] = [];
    const pages: number[] = [];
    const first = (await loadBoard(db, staff, NO_BOARD_FILTERS)).columns.find((column) => column.phase === "PLANNING");
    for (let run = 0; run < 10; run += 1) {
      let started = performance.now();
      await loadBoard(db, staff, { ...NO_BOARD_FILTERS, q: "prova 12" });
      searches.push(performance.now() - started);
      started = performance.now();
      await loadBoardColumn(db, staff, NO_BOARD_FILTERS, { phase: "PLANNING", after: first?.nextCursor });
      pages.push(performance.now() - started);
    }
    report("  Board data load with a search (q=\"prova 12\")", searches);
    report("  \"Mostra altre\": the next 50 cards of a column", pages);
    await db.$disconnect();

    // 2 and 3 need the production server on this very database.
    const base = `http://localhost:${PORT}`;
    const server = spawn("tsx", ["scripts/start.ts"], {
      env: { ...process.env, PORT: String(PORT), DATABASE_URL: database.url, NEXTAUTH_URL: base, NEXTAUTH_SECRET: randomUUID() },
      stdio: ["ignore", "ignore", "inherit"],
    });
    try {
      // A server that exits at once (a port taken by another one) must not be mistaken for ours.
      const exited = new Promise<never>((_, reject) => server.once("exit", (code) => reject(new Error(`The app server exited (${code}); is port ${PORT} free?`))));
      await Promise.race([waitForServer(`${base}/login`, 600_000), exited]);
      exited.catch(() => {}); // its own stop, later, is expected
      const { chromium } = await import("playwright-core");
      const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
        args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
      });
      try {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "it-IT" });
        const page = await context.newPage();
        await page.goto(`${base}/login`);
        const form = page.locator("main form");
        await form.getByLabel("E-mail").fill(STAFF.email);
        await form.getByLabel("Password").fill(STAFF.password);
        await form.getByRole("button", { name: "Accedi" }).click();
        await page.waitForURL(`${base}/staff`);
        await page.waitForSelector("[data-board-ready=true]", { state: "attached" });

        // 3. Navigation to /staff until React has hydrated the board (first run warms up).
        const pageRuns: number[] = [];
        for (let run = 0; run < 11; run += 1) {
          const started = performance.now();
          await page.goto(`${base}/staff`, { waitUntil: "commit" });
          await page.waitForSelector("[data-board-ready=true]", { state: "attached", timeout: 30_000 });
          if (run > 0) pageRuns.push(performance.now() - started);
        }

        // Diagnostics: what the server sends, and how much the browser holds.
        const cookie0 = (await context.cookies(base)).map(({ name, value }) => `${name}=${value}`).join("; ");
        const htmlStarted = performance.now();
        const html = await (await fetch(`${base}/staff`, { headers: { Cookie: cookie0 } })).text();
        const htmlMs = performance.now() - htmlStarted;
        const nodes = await page.evaluate(() => document.querySelectorAll("*").length);
        // Where the last navigation spent its time, from the browser's own clock.
        await page.goto(`${base}/staff`, { waitUntil: "commit" });
        // globalThis.performance: the browser's clock (a bare `performance` is the imported Node one).
        type BrowserClock = { now(): number; getEntriesByType(type: string): { responseStart: number; responseEnd: number; domContentLoadedEventEnd: number }[] };
        const readyAt = await page.waitForFunction(
          () => (document.querySelector("[data-board-ready=true]") ? (globalThis.performance as unknown as BrowserClock).now() : 0),
          undefined,
          { polling: 10, timeout: 30_000 },
        );
        const timing = await page.evaluate(() => {
          const entry = (globalThis.performance as unknown as BrowserClock).getEntriesByType("navigation")[0];
          return { ttfb: entry?.responseStart ?? 0, html: entry?.responseEnd ?? 0, dcl: entry?.domContentLoadedEventEnd ?? 0 };
        });
        console.log(
          `  (one navigation: first byte ${ms(timing.ttfb)}, HTML received ${ms(timing.html)}, DOMContentLoaded ${ms(timing.dcl)}, hydrated ${ms(Number(await readyAt.jsonValue()))})`,
        );
        const htmlKiB = Buffer.byteLength(html) / 1024;
        console.log(`  (server HTML of /staff: ${ms(htmlMs)}; ${nodes} DOM elements once hydrated)`);

        // 2. Moves over HTTP with the staff session cookie, back and forth between two open phases.
        const cookie = (await context.cookies(base)).map(({ name, value }) => `${name}=${value}`).join("; ");
        const moveOnce = async (fromPhase: string, toPhase: string, expectedVersion: number) => {
          const started = performance.now();
          const response = await fetch(`${base}/staff/board/move`, {
            method: "POST",
            headers: { "Content-Type": "application/json", Cookie: cookie, Origin: base },
            body: JSON.stringify({ partnershipId: "bench-partnership-0", fromPhase, toPhase, expectedVersion }),
          });
          const body = (await response.json()) as { version?: number; error?: string };
          const elapsed = performance.now() - started;
          if (!response.ok || body.version === undefined) throw new Error(`Move refused: ${response.status} ${JSON.stringify(body)}`);
          return { elapsed, version: body.version };
        };
        let version = 0;
        let phase = "PLANNING";
        const moves: number[] = [];
        for (let run = 0; run < RUNS + 2; run += 1) {
          const to = phase === "PLANNING" ? "NEGOTIATION" : "PLANNING";
          const result = await moveOnce(phase, to, version);
          version = result.version;
          phase = to;
          if (run >= 2) moves.push(result.elapsed);
        }
        report("Move acknowledged (POST /staff/board/move over HTTP, production server)", moves, 100);
        const mid = median(pageRuns);
        console.log(
          `Page interactive (Chromium, navigation to /staff until hydrated): median ${ms(mid)}, p95 ${ms(percentile(pageRuns, 95))} over ${pageRuns.length} runs — target median ≤ 1500 ms: ${mid <= 1500 ? "PASS" : "FAIL"}`,
        );
        console.log(`Board page HTML (/staff, default filters): ${htmlKiB.toFixed(0)} KiB — target ≤ ${HTML_TARGET_KIB} KiB: ${htmlKiB <= HTML_TARGET_KIB ? "PASS" : "FAIL"}`);
        console.log(`Machine load average (1 / 5 / 15 min) at the end: ${loadAverage()}.`);
        if (screenshots) await takeScreenshots(context, base, screenshots);
      } finally {
        await browser.close();
      }
    } finally {
      server.kill("SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
    }
  } finally {
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main()
  .catch((error: unknown) => {
    console.error(error);
  })
  .finally(() => process.exit(0));
