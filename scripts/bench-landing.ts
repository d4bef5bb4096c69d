// npm run bench:landing, on the production build with a fresh demo database:
//  1. throughput: requests/s the app answers for the landing page (as an anonymous visitor
//     gets it: mostly from the app server's micro-cache, lib/http/landing-micro-cache.mjs,
//     and once a second from Next), then, in the same run and with the same client, a plain
//     node:http server on loopback answering the same HTML saved once; prints both, their
//     ratio and the machine's load (the machine may be shared);
//  2. Lighthouse on the landing page as a phone sees it (Lighthouse's default mobile
//     emulation and throttling), in Debian's Chromium: the four category scores.
// Fails when the ratio or a score is under its target.
import { spawn } from "node:child_process";
import http from "node:http";
import os from "node:os";
import { measureThroughput } from "./bench-throughput";

const PORT = Number(process.env.BENCH_PORT ?? 3230);
const TARGET = 0.95;
const RATIO_TARGET = 0.2;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

async function waitForServer(url: string, timeoutMs: number) {
  for (const started = Date.now(); Date.now() - started < timeoutMs; ) {
    const ok = await fetch(url).then((response) => response.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`The app did not answer at ${url}`);
}

function load(): string {
  return `load average ${os.loadavg().map((value) => value.toFixed(2)).join(" ")} on ${os.cpus().length} cores`;
}

/** A plain server on loopback answering every request with this HTML: the ceiling to compare with. */
async function startStaticServer(html: string): Promise<{ url: string; close(): Promise<void> }> {
  const body = Buffer.from(html);
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": body.length });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Both servers, one after the other, each after a short warm-up; true when the ratio meets its target. */
async function benchThroughput(url: string): Promise<boolean> {
  const html = await fetch(url).then((response) => response.text());
  const staticServer = await startStaticServer(html);
  try {
    console.log(`throughput: ${CONCURRENCY} keep-alive connections for ${SECONDS} s each; ${load()}`);
    await measureThroughput(url, { concurrency: CONCURRENCY, seconds: 1 });
    const app = await measureThroughput(url, { concurrency: CONCURRENCY, seconds: SECONDS });
    await measureThroughput(staticServer.url, { concurrency: CONCURRENCY, seconds: 1 });
    const plain = await measureThroughput(staticServer.url, { concurrency: CONCURRENCY, seconds: SECONDS });
    const ratio = app.requestsPerSecond / plain.requestsPerSecond;
    console.log(`landing page (app): ${Math.round(app.requestsPerSecond)} requests/s (${app.requests} answered, ${app.failures} failed; ${Math.round(html.length / 1024)} KiB of HTML)`);
    console.log(`same HTML (node:http): ${Math.round(plain.requestsPerSecond)} requests/s`);
    console.log(`ratio: ${ratio.toFixed(3)}× (target ≥ ${RATIO_TARGET}×); ${load()}`);
    return ratio >= RATIO_TARGET && app.failures === 0;
  } finally {
    await staticServer.close();
  }
}

async function main() {
  const url = `http://localhost:${PORT}/`;
  // The same server as the end-to-end tests: production build, fresh demo database.
  const server = spawn("tsx", ["scripts/e2e-server.ts"], {
    env: { ...process.env, PORT: String(PORT), NEXTAUTH_URL: `http://localhost:${PORT}`, E2E_MAILDIR: `/tmp/insieme-bench-mail-${PORT}` },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await waitForServer(url, 300_000);
    // node:http resolves "localhost" to ::1 first, where the server does not listen.
    const throughputMet = await benchThroughput(url.replace("localhost", "127.0.0.1"));
    const { launch } = await import("chrome-launcher");
    const { default: lighthouse } = await import("lighthouse");
    const chrome = await launch({
      chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    try {
      // A first visit warms the server's code paths; the measured one is the second.
      await fetch(url);
      const result = await lighthouse(url, { port: chrome.port, onlyCategories: [...CATEGORIES], logLevel: "error" });
      if (!result) throw new Error("Lighthouse returned no result");
      if (process.env.LIGHTHOUSE_REPORT) await import("node:fs").then((fs) => fs.writeFileSync(process.env.LIGHTHOUSE_REPORT as string, JSON.stringify(result.lhr)));
      let failed = !throughputMet;
      for (const category of CATEGORIES) {
        const score = result.lhr.categories[category]?.score ?? 0;
        failed ||= score < TARGET;
        console.log(`${category}: ${Math.round(score * 100)} (target ≥ ${TARGET * 100})`);
      }
      const metrics = result.lhr.audits;
      console.log(`first contentful paint: ${metrics["first-contentful-paint"]?.displayValue ?? "?"}`);
      console.log(`largest contentful paint: ${metrics["largest-contentful-paint"]?.displayValue ?? "?"}`);
      console.log(`total blocking time: ${metrics["total-blocking-time"]?.displayValue ?? "?"}`);
      process.exitCode = failed ? 1 : 0;
    } finally {
      await chrome.kill();
    }
  } finally {
    server.kill("SIGTERM");
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
