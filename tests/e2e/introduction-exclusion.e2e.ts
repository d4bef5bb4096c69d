import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/seed/seed-demo-data";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { logIn } from "./support/session";

// A winery and a foundation that refuses alcohol: a pair the match engine never suggests.
// Used only here; the demo data holds nothing between them.
const WINERY = "Cantine Colli di Santa Maria S.r.l.";
const FOUNDATION = "Fondazione Dopo di Noi Lomellina";
const ALLOWED = "Terra Buona cooperativa sociale";

async function choose(page: Page, select: "companyId" | "nonprofitId", name: string) {
  const value = await page.locator(`#${select} option`, { hasText: name }).getAttribute("value");
  if (!value) throw new Error(`${name} is not in the list`);
  await page.locator(`#${select}`).selectOption(value);
}

test("staff cannot introduce a pair a hard exclusion forbids: the message names it, nothing is sent", async ({ page }) => {
  await logIn(page, DEMO_ACCOUNTS.staff);
  await expect(page).toHaveURL("/staff");
  await page.goto("/staff/introductions");
  const main = page.locator("main");
  const pair = main.getByRole("heading", { name: `${WINERY} · ${FOUNDATION}` });
  await expect(main.getByRole("heading", { level: 1, name: "Presentazioni" })).toBeVisible();
  await expect(pair).toHaveCount(0);
  // The demo's own introduction of the winery goes to a cooperative that accepts it.
  await expect(main.getByRole("heading", { name: `${WINERY} · ${ALLOWED}` })).toBeVisible();

  await choose(page, "companyId", WINERY);
  await choose(page, "nonprofitId", FOUNDATION);
  await main.getByLabel("Messaggio").fill("Vi presentiamo: la cantina cerca un progetto di inserimento lavorativo.");
  await main.getByRole("button", { name: "Proponi la presentazione" }).click();

  const refusal = main.getByText(/^Esclusione: l'ente non accetta partner del settore di questa impresa/);
  await expect(refusal).toBeVisible();
  // The message belongs to the nonprofit's field, for screen readers too.
  await expect(main.getByLabel("Ente del Terzo settore")).toHaveAttribute("aria-invalid", "true");
  await expect(main.getByText("Presentazione inviata a entrambe le organizzazioni.")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // Refused means not saved: the list, read again from the server, does not hold the pair.
  await page.reload();
  await expect(main.getByRole("heading", { level: 1, name: "Presentazioni" })).toBeVisible();
  await expect(pair).toHaveCount(0);
});
