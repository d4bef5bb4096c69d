// npm run bench:landing: Lighthouse on the landing page of the production build, as a
// phone sees it (Lighthouse's default mobile emulation and throttling), in Debian's
// Chromium. Prints the four category scores; fails when one is under the target.
import { spawn } from "node:child_process";

const PORT = Number(process.env.BENCH_PORT ?? 3230);
const TARGET = 0.95;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

async function waitForServer(url: string, timeoutMs: number) {
  for (const started = Date.now(); Date.now() - started < timeoutMs; ) {
    const ok = await fetch(url).then((response) => response.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`The app did not answer at ${url}`);
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
      let failed = false;
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
