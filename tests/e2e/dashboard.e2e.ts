import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { openDashboard, readBoardCounts, readDashboardPhaseCounts } from "./support/dashboard-steps";
import { logIn } from "./support/session";

// The staff dashboard reads the whole programme: it changes nothing, so it can run beside
// tests that move cards. Where it compares with the board it retries until both pages
// were read between two moves.

test("staff find the dashboard in the menu, with the board's counts per phase, and no accessibility issue", async ({ page }) => {
  await logIn(page, DEMO_ACCOUNTS.staff);
  await expect(page).toHaveURL("/staff");
  await openDashboard(page);
  const main = page.locator("main");
  for (const title of ["Partnership per fase", "Tempo medio in ogni fase", "Contributi", "Indicatori", "Cause servite", "Interessi in attesa di risposta", "Organizzazioni in attesa di approvazione"]) {
    await expect(main.getByRole("heading", { level: 2, name: title, exact: true })).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page);

  await expect(async () => {
    const onBoard = await readBoardCounts(page);
    const onDashboard = await readDashboardPhaseCounts(page);
    expect(onBoard.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(onDashboard).toEqual(onBoard);
  }).toPass({ timeout: 30_000 });

  // The demo programme has open partnerships, so each open phase has a time figure or "nessun dato".
  const durations = page.getByRole("table", { name: "Giorni trascorsi in media in ogni fase" });
  await expect(durations.getByRole("row")).toHaveCount(7);
});

test("staff download the dashboard as a CSV file for spreadsheets", async ({ page }) => {
  await logIn(page, DEMO_ACCOUNTS.staff);
  await expect(page).toHaveURL("/staff");
  await page.goto("/staff/dashboard");
  const downloading = page.waitForEvent("download");
  await page.locator("main").getByRole("link", { name: "Scarica in CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^insieme-cruscotto-\d{4}-\d{2}-\d{2}\.csv$/);

  const response = await page.request.get("/staff/dashboard/export");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const body = await response.text();
  expect(body.startsWith("\uFEFFsection;metric;label;value\r\n")).toBe(true);
  expect(body).toMatch(/\r\nphases;partnerships;Pianificazione e preparazione;\d+\r\n/);
  expect(body).toMatch(/\r\nindicators;total;Indicatori definiti;\d+\r\n/);
});

test("a partner may open neither the dashboard nor its export; a visitor gets no file", async ({ page, request }) => {
  const visitor = await request.get("/staff/dashboard/export", { maxRedirects: 0 });
  expect(visitor.status()).not.toBe(200);
  expect(visitor.headers()["content-type"] ?? "").not.toContain("text/csv");

  await logIn(page, DEMO_ACCOUNTS.company);
  await expect(page).toHaveURL("/workspace");
  await expect(page.getByRole("navigation", { name: "Navigazione principale" }).getByRole("link", { name: "Cruscotto" })).toHaveCount(0);
  const response = await page.goto("/staff/dashboard");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "Cruscotto del programma" })).toHaveCount(0);
  const file = await page.request.get("/staff/dashboard/export");
  expect(file.status()).toBe(403);
  expect(await file.text()).not.toContain("section;metric");
});
