import { expect, test } from "@playwright/test";
import { DEMO_PARTNER_PASSWORD } from "@/prisma/seed/demo-users";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { logIn } from "./support/session";

// A seeded partner that no other end-to-end test logs in with.
const PARTNER = { email: "giorgio.moretti@example.it", password: DEMO_PARTNER_PASSWORD };

test("a partner updates its organisation's contacts, with errors per field first", async ({ page }) => {
  await logIn(page, PARTNER);
  await expect(page).toHaveURL("/workspace");
  const main = page.locator("main");
  await main.getByRole("link", { name: "Contatti dell'organizzazione" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Contatti dell'organizzazione" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await main.getByLabel("Telefono (facoltativo)").fill("chiamatemi");
  await main.getByLabel("Sito web (facoltativo)").fill("www.senza-protocollo.it");
  await main.getByRole("button", { name: "Salva i contatti" }).click();
  await expect(main.getByText("Scrivi il numero con sole cifre, spazi e un + iniziale facoltativo.")).toBeVisible();
  await expect(main.getByLabel("Sito web (facoltativo)")).toHaveAttribute("aria-invalid", "true");

  await main.getByLabel("Telefono (facoltativo)").fill("+39 0382 555 010");
  await main.getByLabel("Sito web (facoltativo)").fill("https://www.emporio-solidale.example.it");
  await main.getByRole("button", { name: "Salva i contatti" }).click();
  await expect(main.getByText("Contatti salvati.")).toBeVisible();
  await page.reload();
  await expect(main.getByLabel("Telefono (facoltativo)")).toHaveValue("+39 0382 555 010");
});
