import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://localhost:${PORT}`;
// Where the e2e server's SMTP catcher stores mail; the same path in the runner and workers.
process.env.E2E_MAILDIR ??= path.join(os.tmpdir(), `insieme-e2e-mail-${PORT}`);
// Where the e2e server says which database the app uses (read by tests/e2e/support/app-database.ts).
process.env.E2E_STATE_FILE ??= path.join(os.tmpdir(), `insieme-e2e-state-${PORT}.json`);
// Shared with the server, so a test can make a session cookie with chosen times (tests/e2e/support/mint-session.ts).
process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64");
// A few ATECO 2025 codes written for the tests (the real tables are built per installation: README).
process.env.ATECO_TABLES_DIR ??= path.resolve("tests/fixtures/ateco");

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.e2e.ts",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"], ["json", { outputFile: process.env.E2E_REPORT ?? "reports/e2e.json" }]],
  use: {
    baseURL,
    locale: "it-IT",
    trace: "retain-on-failure",
    // A missing element fails fast instead of waiting for the whole test's time.
    actionTimeout: 15_000,
    launchOptions: {
      // Debian's Chromium: Playwright never downloads a browser here.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: {
    command: "tsx scripts/e2e-server.ts",
    url: `${baseURL}/login`,
    timeout: 300_000,
    reuseExistingServer: false,
    // A signal, not a kill: the start script stops the app, then its embedded PostgreSQL.
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
    stdout: "pipe",
    env: { PORT: String(PORT), NEXTAUTH_URL: baseURL, E2E_MAILDIR: process.env.E2E_MAILDIR, E2E_STATE_FILE: process.env.E2E_STATE_FILE, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET, ATECO_TABLES_DIR: process.env.ATECO_TABLES_DIR },
  },
});
