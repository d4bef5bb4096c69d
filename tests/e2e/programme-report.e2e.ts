import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { logIn } from "./support/session";

// The programme report reads the whole programme. The hourly value is saved unchanged
// (18, the default) so that reports downloaded by tests running beside this one keep it.

test("staff open the programme report of a year and download it as CSV and PDF", async ({ page }) => {
  await logIn(page, DEMO_ACCOUNTS.staff);
  await expect(page).toHaveURL("/staff");
  await page.getByRole("navigation", { name: "Navigazione principale" }).getByRole("link", { name: "Rapporti" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rapporto del programma" })).toBeVisible();
  const main = page.locator("main");
  await main.getByLabel("Anno", { exact: true }).selectOption("2026");
  await main.getByRole("button", { name: "Mostra" }).click();
  await expect(page).toHaveURL("/staff/reports?year=2026");
  await expect(main.getByRole("heading", { level: 2, name: "Il programma nell'anno 2026" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const downloading = page.waitForEvent("download");
  await main.getByRole("link", { name: "Scarica i dati 2026 (CSV per Excel)" }).click();
  expect((await downloading).suggestedFilename()).toBe("rapporto-programma-2026.csv");
  const csv = await page.request.get("/staff/reports/csv?year=2026");
  expect(csv.status()).toBe(200);
  const lines = (await csv.text()).split("\r\n");
  expect(lines[0]).toBe("\uFEFFpartnership;impresa;ente;fase;denaro EUR;valore beni e servizi EUR;ore di volontariato;valore ore di volontariato EUR;altri contributi;indicatori;indicatori con obiettivo;obiettivi raggiunti");
  expect(lines.some((line) => line.startsWith("Totale;"))).toBe(true);
  const pdf = await page.request.get("/staff/reports/pdf?year=2026");
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect((await page.request.get("/staff/reports/csv?year=duemila")).status()).toBe(400);

  const value = main.getByLabel("Valore di un'ora di volontariato (€)");
  await value.fill("zero");
  await main.getByRole("button", { name: "Salva il valore" }).click();
  await expect(main.getByText("Scrivi un importo in euro maggiore di zero")).toBeVisible();
  await expect(value).toHaveAttribute("aria-invalid", "true");
  await value.fill("18,00");
  await main.getByRole("button", { name: "Salva il valore" }).click();
  await expect(main.getByRole("status")).toHaveText("Valore salvato.");
});

test("a partner may open neither the programme report nor its files", async ({ page }) => {
  await logIn(page, DEMO_ACCOUNTS.company);
  await expect(page).toHaveURL("/workspace");
  expect((await page.goto("/staff/reports"))?.status()).toBe(403);
  for (const kind of ["csv", "pdf"]) {
    const file = await page.request.get(`/staff/reports/${kind}?year=2026`);
    expect(file.status()).toBe(403);
    expect(file.headers()["content-type"] ?? "").not.toContain(kind === "csv" ? "text/csv" : "application/pdf");
  }
});
