import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PARTNER_PASSWORD } from "@/prisma/seed/seed-demo-data";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { logIn, logOut } from "./support/session";

// The directory of organisations (issue 14, item 4). Read-only on the demo data: these
// searches change nothing, so any spec may run beside them.
const SUPERMERCATI = { email: "elisa.barbieri@example.it", password: DEMO_PARTNER_PASSWORD };

test("a company searches the nonprofits: accents ignored, a filter, pages that work without JavaScript, a profile", async ({ page }) => {
  await logIn(page, DEMO_ACCOUNTS.company);
  await expect(page).toHaveURL("/workspace");
  const main = page.locator("main");
  await page.getByRole("navigation", { name: "Navigazione principale" }).getByRole("link", { name: "Elenco organizzazioni" }).click();
  await expect(page).toHaveURL("/workspace/directory");
  await expect(main.getByRole("heading", { level: 1, name: "Elenco delle organizzazioni" })).toBeVisible();
  await expect(main.getByText("In ordine di affinità con voi", { exact: false })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: test.info().outputPath("directory-1366.png"), fullPage: true });

  // Every demo nonprofit that is ACTIVE, 20 a page: the page links are plain links.
  const cards = main.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) });
  await expect(cards).toHaveCount(20);
  const pages = main.getByRole("navigation", { name: "Pagine dei risultati" });
  await expect(pages.getByText("Pagina 1 di 2")).toBeVisible();
  const firstOfPageOne = await cards.first().getByRole("heading").textContent();
  await pages.getByRole("link", { name: "Pagina 2" }).click();
  await expect(page).toHaveURL("/workspace/directory?page=2");
  await expect(pages.getByText("Pagina 2 di 2")).toBeVisible();
  await expect(pages.getByRole("link", { name: "Pagina 2" })).toHaveAttribute("aria-current", "page");
  await expect(main.getByRole("heading", { level: 3, name: firstOfPageOne ?? "" })).toHaveCount(0);
  // No company is listed to a company.
  await expect(main.getByText("Impresa ·", { exact: false })).toHaveCount(0);

  // Case and accents do not matter: "OLTREPO" finds "Oltrepò"; a company of the Oltrepò is not shown.
  await main.getByLabel("Nome, comune o parole della descrizione").fill("emporio OLTREPO");
  await main.getByRole("button", { name: "Cerca" }).click();
  await expect(page).toHaveURL(/[?&]q=emporio\+OLTREPO/);
  await expect(main.getByRole("heading", { level: 2, name: "1 organizzazione" })).toBeVisible();
  await expect(main.getByRole("heading", { level: 3, name: "Emporio Solidale Oltrepò ODV" })).toBeVisible();

  await main.getByLabel("Nome, comune o parole della descrizione").fill("oltrepo");
  // The filters fold away until one is in use.
  await expect(main.getByLabel("Causa")).toBeHidden();
  await main.getByText("Filtri: causa, comune, distanza, risorse").click();
  await main.getByLabel("Causa").selectOption({ label: "prestazioni sanitarie" });
  await main.getByRole("button", { name: "Cerca" }).click();
  await expect(page).toHaveURL(/cause=b/);
  await expect(main.getByRole("heading", { level: 3, name: "Fondazione Salute Oltrepò" })).toBeVisible();
  await expect(main.getByRole("heading", { level: 3, name: "Emporio Solidale Oltrepò ODV" })).toHaveCount(0);
  await expect(main.getByRole("heading", { level: 3, name: "Banca di Credito dell'Oltrepò S.p.A." })).toHaveCount(0);
  await expect(main.getByLabel("Causa")).toHaveValue("b");
  await expect(main.getByText("Filtri (1 in uso)")).toBeVisible();

  // The card opens the same public profile as the suggestions.
  await main.getByRole("link", { name: "Fondazione Salute Oltrepò" }).click();
  await expect(page).toHaveURL(/\/workspace\/organizations\/[^/?]+$/);
  await expect(main.getByRole("heading", { level: 1, name: "Fondazione Salute Oltrepò" })).toBeVisible();
  await expect(main.getByRole("heading", { name: "Affinità con voi" })).toBeVisible();
  await page.goBack();

  // Nothing found: the page says what to do next.
  await page.goto("/workspace/directory?q=nessuno-si-chiama-cosi");
  await expect(main.getByText("Nessuna organizzazione corrisponde alla ricerca. Provate con meno parole", { exact: false })).toBeVisible();

  // A bad address is a message on the field, never an error page.
  const bad = await page.goto("/workspace/directory?radiusKm=tanti&cause=zz");
  expect(bad?.status()).toBe(200);
  await expect(main.getByText("Un numero intero di km tra 1 e 300.")).toBeVisible();
  await expect(main.getByText("Scegliete una causa dall'elenco.")).toBeVisible();
  await expect(main.getByLabel("Entro (km)")).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yViolations(page);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/workspace/directory?q=pavia");
  await expect(main.getByRole("heading", { level: 1, name: "Elenco delle organizzazioni" })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("directory-390.png"), fullPage: true });
  await expectNoSeriousA11yViolations(page);
});

test("a hard exclusion hides the pair in the directory too; staff see both sides", async ({ page }) => {
  const main = page.locator("main");
  // Supermercati Pavesi sells alcohol and tobacco; Pane Condiviso refuses both, Emporio Solidale does not.
  await logIn(page, SUPERMERCATI);
  await expect(page).toHaveURL("/workspace");
  await page.goto("/workspace/directory?q=pane+condiviso");
  await expect(main.getByText("Nessuna organizzazione corrisponde alla ricerca.", { exact: false })).toBeVisible();
  await page.goto("/workspace/directory?q=emporio");
  await expect(main.getByRole("heading", { level: 3, name: "Emporio Solidale Oltrepò ODV" })).toBeVisible();
  await logOut(page);

  await logIn(page, DEMO_ACCOUNTS.staff);
  await expect(page).toHaveURL("/staff");
  await page.goto("/staff/organizations?status=ACTIVE");
  await expect(main.getByRole("link", { name: /^Attiva/ })).toHaveAttribute("aria-current", "page");
  await main.getByLabel("Nome, comune o parole della descrizione").fill("oltrepo");
  await main.getByRole("button", { name: "Cerca" }).click();
  await expect(page).toHaveURL(/status=ACTIVE/);
  await expect(main.getByRole("heading", { level: 3, name: "Banca di Credito dell'Oltrepò S.p.A." })).toBeVisible();
  await expect(main.getByRole("heading", { level: 3, name: "Emporio Solidale Oltrepò ODV" })).toBeVisible();
  await main.getByText("Filtri: causa, comune, distanza, risorse").click();
  await main.getByLabel("Tipo").selectOption("COMPANY");
  await main.getByRole("button", { name: "Cerca" }).click();
  await expect(main.getByRole("heading", { level: 3, name: "Emporio Solidale Oltrepò ODV" })).toHaveCount(0);
  await main.getByRole("link", { name: "Banca di Credito dell'Oltrepò S.p.A." }).click();
  await expect(page).toHaveURL(/\/staff\/organizations\/[^/?]+$/);
  await expect(main.getByRole("heading", { level: 1, name: "Banca di Credito dell'Oltrepò S.p.A." })).toBeVisible();
  await page.goto("/staff/organizations?status=ACTIVE&q=pane+condiviso");
  await expect(main.getByRole("heading", { level: 3, name: "Pane Condiviso ODV" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
