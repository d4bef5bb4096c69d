import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";

test("the landing page speaks Italian first, and English after the switch", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "it");
  await expect(page.getByRole("heading", { level: 1, name: "Profit e non profit insieme" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sei fasi, tre momenti" })).toBeVisible();
  for (const phase of ["Pianificazione e preparazione", "Negoziazione", "Accordo formale", "Gestione del programma", "Comunicazione del programma", "Monitoraggio, misurazione e valutazione"]) {
    await expect(page.getByText(phase)).toBeVisible();
  }
  // The showcase: stories both parties approved (three in the demo data).
  const showcase = page.locator("section").filter({ has: page.getByRole("heading", { name: "Partnership che raccontano" }) });
  await expect(showcase.getByRole("heading", { name: "Riso per le mense solidali" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sono un'impresa" })).toHaveAttribute("href", "/signup?kind=company");
  await expect(page.getByRole("link", { name: "Sono un ente del Terzo settore" })).toHaveAttribute("href", "/signup?kind=nonprofit");
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Profit and non-profit together" })).toBeVisible();
  await expect(page.getByText("Programme communication")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The choice sticks across pages, and switching back works.
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Log in to Insieme" })).toBeVisible();
  await page.getByRole("button", { name: "Passa all'italiano" }).click();
  await expect(page.getByRole("heading", { name: "Accedi a Insieme" })).toBeVisible();
});

test("the login page is accessible and sends security headers", async ({ page }) => {
  const response = await page.goto("/login");
  const headers = response?.headers() ?? {};
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  await expectNoSeriousA11yViolations(page);
});

test("an unknown address shows the not-found page with a 404", async ({ page }) => {
  const response = await page.goto("/questa-pagina-non-esiste");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Pagina non trovata" })).toBeVisible();
});
