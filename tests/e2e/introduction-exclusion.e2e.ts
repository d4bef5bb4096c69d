import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/seed/seed-demo-data";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { logIn } from "./support/session";

// A winery and a foundation that refuses alcohol: a pair the match engine never suggests.
// Used only here; the demo data holds nothing between them.
const WINERY = "Cantine Colli di Santa Maria S.r.l.";
const FOUNDATION = "Fondazione Dopo di Noi Lomellina";

async function choose(page: Page, select: "companyId" | "nonprofitId", name: string) {
  const value = await page.locator(`#${select} option`, { hasText: name }).getAttribute("value");
  if (!value) throw new Error(`${name} is not in the list`);
  await page.locator(`#${select}`).selectOption(value);
}

test("staff introducing an excluded pair are told why and must confirm knowingly; nothing is sent before", async ({ page }) => {
  await logIn(page, DEMO_ACCOUNTS.staff);
  await expect(page).toHaveURL("/staff");
  await page.goto("/staff/introductions");
  const main = page.locator("main");
  const pair = main.getByRole("heading", { name: `${WINERY} · ${FOUNDATION}` });
  await expect(main.getByRole("heading", { level: 1, name: "Presentazioni" })).toBeVisible();
  await expect(pair).toHaveCount(0);

  await choose(page, "companyId", WINERY);
  await choose(page, "nonprofitId", FOUNDATION);
  await main.getByLabel("Messaggio").fill("Vi presentiamo: la cantina cerca un progetto di inserimento lavorativo.");
  await main.getByRole("button", { name: "Proponi la presentazione" }).click();

  await expect(main.getByText(/^Esclusione: l'ente non accetta partner del settore di questa impresa/)).toBeVisible();
  const confirm = main.getByLabel("Proponete comunque la presentazione, nonostante l'esclusione");
  await expect(confirm).not.toBeChecked();
  await expect(main.getByText("Presentazione inviata a entrambe le organizzazioni.")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  // Refused means not saved: the list, read again from the server, does not hold the pair.
  await page.reload();
  await expect(main.getByRole("heading", { level: 1, name: "Presentazioni" })).toBeVisible();
  await expect(pair).toHaveCount(0);

  // Knowingly, after talking to both: the same pair with the box ticked goes through.
  await choose(page, "companyId", WINERY);
  await choose(page, "nonprofitId", FOUNDATION);
  await main.getByLabel("Messaggio").fill("Ne abbiamo parlato con entrambi: un progetto di lavoro senza vino.");
  await main.getByRole("button", { name: "Proponi la presentazione" }).click();
  await expect(confirm).toBeVisible();
  await confirm.check();
  await main.getByRole("button", { name: "Proponi la presentazione" }).click();
  await expect(main.getByText("Presentazione inviata a entrambe le organizzazioni.")).toBeVisible();
  await expect(pair).toBeVisible();
});
