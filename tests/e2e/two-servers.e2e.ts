// Two app servers from one build, on one PostgreSQL, behind a round-robin proxy with no
// sticky sessions: what `npm run build` once and N servers must give.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createDatabaseClient, type Database } from "@/lib/db/client";
import { embeddedPaths, startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/schema-engine";
import { DEMO_PARTNER_PASSWORD } from "@/prisma/seed/demo-users";
import { seedDemoData } from "@/prisma/seed/seed-demo-data";
import { startRoundRobinProxy } from "../support/round-robin-proxy";

test.describe.configure({ mode: "serial", timeout: 240_000 });

const PARTNER = { email: "giorgio.moretti@example.it", password: DEMO_PARTNER_PASSWORD };

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let dataDir: string;
let database: EmbeddedPostgres;
let db: Database;
let proxy: Awaited<ReturnType<typeof startRoundRobinProxy>>;
const servers: { child: ChildProcess; output: string[] }[] = [];
let startedAt = 0;

test.beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), "insieme-two-servers-"));
  database = await startEmbeddedPostgres({ paths: embeddedPaths(dataDir) });
  await applyMigrations(database.url);
  db = createDatabaseClient(database.url);
  await seedDemoData(db);

  const ports = [await freePort(), await freePort()];
  proxy = await startRoundRobinProxy(ports);
  const base = `http://127.0.0.1:${proxy.port}`;
  // What every app server shares: the database, the session secret, the Server Actions key.
  const shared = {
    DATABASE_URL: database.url,
    INSIEME_DEMO: "1",
    NEXTAUTH_URL: base,
    NEXTAUTH_SECRET: randomUUID(),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    HOSTNAME: "127.0.0.1",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  for (const port of ports) {
    // The very build the webServer of this run made (scripts/start.ts), started twice.
    const child = spawn(process.execPath, [path.join(".next", "standalone", "app-server.mjs")], {
      env: { ...process.env, NODE_ENV: "production", ...shared, PORT: String(port) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const output: string[] = [];
    child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    servers.push({ child, output });
  }
  startedAt = Date.now();
  for (const port of ports) {
    await expect.poll(() => fetch(`http://127.0.0.1:${port}/login`).then((r) => r.status, () => 0), { timeout: 60_000 }).toBe(200);
  }
});

test.afterAll(async () => {
  await proxy?.stop();
  await Promise.all(
    servers.map(({ child }) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : (child.once("exit", resolve), child.kill("SIGTERM"))))),
  );
  await db?.$disconnect();
  await database?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

test("a form rendered by one server is received by the other, and it works", async ({ page }) => {
  const base = `http://127.0.0.1:${proxy.port}`;
  await page.goto(`${base}/login`);
  const form = page.locator("main form");
  await form.getByLabel("E-mail").fill(PARTNER.email);
  await form.getByLabel("Password").fill(PARTNER.password);
  await form.getByRole("button", { name: "Accedi" }).click();
  await page.waitForURL(`${base}/workspace`);

  await page.goto(`${base}/workspace/contacts`);
  const main = page.locator("main");
  await expect(page.getByRole("heading", { level: 1, name: "Contatti dell'organizzazione" })).toBeVisible();
  const rendered = proxy.log.findLast((entry) => entry.document && entry.path === "/workspace/contacts");
  expect(rendered).toBeDefined();
  // The submit goes to the server that did not render the form.
  proxy.sendServerActionsTo(1 - rendered!.backend);

  await main.getByLabel("Telefono (facoltativo)").fill("+39 0382 555 222");
  await main.getByRole("button", { name: "Salva i contatti" }).click();
  await expect(main.getByText("Contatti salvati.")).toBeVisible();
  const submitted = proxy.log.findLast((entry) => entry.serverAction && entry.method === "POST");
  expect(submitted).toBeDefined();
  expect(submitted!.backend).not.toBe(rendered!.backend);
  proxy.sendServerActionsTo(null);

  const organization = await db.membership.findFirstOrThrow({ where: { user: { email: PARTNER.email } }, select: { organization: { select: { contactPhone: true } } } });
  expect(organization.organization.contactPhone).toBe("+39 0382 555 222");
  // Both servers did serve this session.
  expect(new Set(proxy.log.map((entry) => entry.backend))).toEqual(new Set([0, 1]));
});

test("the scheduled jobs of both servers do each piece of work once", async () => {
  // Each server runs the jobs 30 s after it starts (instrumentation.ts) and logs what it
  // claimed, one JSON line per run. Every claim is a conditional update of one row: the two
  // servers' counts must add up to exactly the rows claimed, never more.
  const counted = (task: string, field: string) =>
    servers.reduce((sum, { output }) => {
      for (const line of output.join("").split("\n")) {
        if (!line.startsWith("{")) continue;
        try {
          const entry = JSON.parse(line) as Record<string, unknown>;
          if (entry.task === task && typeof entry[field] === "number") sum += entry[field];
        } catch {
          // A line of other output that happens to start with a brace.
        }
      }
      return sum;
    }, 0);
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, startedAt + 45_000 - Date.now())));
  const claims = async () => ({
    reminded: [counted("interest-deadlines", "reminded"), await db.interest.count({ where: { remindedAt: { not: null } } })],
    overdue: [counted("partnership-reminders", "checklistOverdue"), await db.checklistItem.count({ where: { overdueRemindedAt: { not: null } } })],
    checkIns: [counted("partnership-reminders", "checkInUnanswered"), await db.checkIn.count({ where: { remindedAt: { not: null } } })],
  });
  await expect.poll(async () => (await claims()).reminded[1], { timeout: 60_000 }).toBeGreaterThan(0);
  const { reminded, overdue, checkIns } = await claims();
  expect(reminded[0]).toBe(reminded[1]);
  expect(overdue[0]).toBe(overdue[1]);
  expect(checkIns[0]).toBe(checkIns[1]);
  expect(overdue[1]).toBeGreaterThan(0);

  const duplicates = await db.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM (
      SELECT "userId", kind, params::text FROM "Notification"
       WHERE kind IN ('interest.reminder', 'reminder.checklistOverdue', 'reminder.checkInUnanswered', 'reminder.inactive')
       GROUP BY 1, 2, 3 HAVING count(*) > 1) AS twice`;
  expect(Number(duplicates[0]!.count)).toBe(0);
  expect(await db.notification.count({ where: { kind: "reminder.checklistOverdue" } })).toBeGreaterThan(0);
});
