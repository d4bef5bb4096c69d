import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PARTNER_PASSWORD } from "@/prisma/seed/seed-demo-data";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { logIn, logOut } from "./support/session";

// Organisations of the demo data used only here: each pair has no partnership yet.
const RISERIA = { email: "alessandro.conti@example.it", name: "Riseria Vigevanese S.p.A." };
const AMICI = { email: "roberto.fontana@example.it", name: "Amici del Ticino ODV" };
const SUPERMERCATI = { email: "elisa.barbieri@example.it", name: "Supermercati Pavesi S.p.A." };
const PANE = { email: "sara.marchetti@example.it", name: "Pane Condiviso ODV" };
// Supermercati Pavesi sells alcohol and tobacco, which Pane Condiviso refuses (a hard
// exclusion); Centro Anziani Mede refuses nothing.
const CENTRO = { email: "giulia.costa@example.it", name: "Centro Anziani Mede APS" };

async function logInPartner(page: Page, email: string) {
  await logIn(page, { email, password: DEMO_PARTNER_PASSWORD });
  await expect(page).toHaveURL("/workspace");
}

async function logInStaff(page: Page) {
  await logIn(page, DEMO_ACCOUNTS.staff);
  await expect(page).toHaveURL("/staff");
}

/** The id of an ACTIVE organisation, as the staff introduction form lists it. */
async function organizationId(page: Page, select: "companyId" | "nonprofitId", name: string): Promise<string> {
  const value = await page.locator(`#${select} option`, { hasText: name }).getAttribute("value");
  if (!value) throw new Error(`${name} is not in the list`);
  return value;
}

test("the demo company's suggestions page says what to do next", async ({ page }) => {
  await logIn(page, DEMO_ACCOUNTS.company);
  await expect(page).toHaveURL("/workspace");
  await page.goto("/workspace/suggestions");
  const main = page.locator("main");
  await expect(main.getByRole("heading", { level: 1, name: "Partner suggeriti" })).toBeVisible();
  // Without demo questionnaires the page asks for one; with them, it shows suggestions.
  const incomplete = main.getByRole("link", { name: "Compila il questionario" });
  const suggestions = main.getByRole("link", { name: /^Vedi profilo: / }).first();
  await expect(incomplete.or(suggestions)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("staff introduce a company and a nonprofit; when both accept, the partnership opens in phase 1", async ({ page }) => {
  await logInStaff(page);
  await page.goto("/staff/introductions");
  const main = page.locator("main");
  await expect(main.getByRole("heading", { level: 1, name: "Presentazioni" })).toBeVisible();
  await main.getByRole("button", { name: "Proponi la presentazione" }).click();
  await expect(main.getByText("Scegliete un'impresa attiva.")).toBeVisible();
  await expect(main.getByText("Scrivete almeno 20 caratteri.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await main.getByLabel("Impresa").selectOption(await organizationId(page, "companyId", RISERIA.name));
  await main.getByLabel("Ente del Terzo settore").selectOption(await organizationId(page, "nonprofitId", AMICI.name));
  await main.getByLabel("Messaggio").fill("Vi presentiamo: la riseria cerca un progetto ambientale lungo il Ticino.");
  await main.getByRole("button", { name: "Proponi la presentazione" }).click();
  await expect(main.getByText("Presentazione inviata a entrambe le organizzazioni.")).toBeVisible();
  await expect(main.getByRole("heading", { name: `${RISERIA.name} · ${AMICI.name}` })).toBeVisible();
  await logOut(page);

  await logInPartner(page, RISERIA.email);
  await page.goto("/workspace/interests");
  const introduction = main.getByRole("listitem").filter({ has: page.getByRole("heading", { name: AMICI.name }) });
  await expect(introduction.getByText("Presentazione del CSV Pavia")).toBeVisible();
  await expect(introduction.getByText("Contatti")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await introduction.getByRole("button", { name: `Accetta: ${AMICI.name}` }).click();
  await expect(main.getByText("Avete accettato. Se anche l'altra parte ha detto sì, la partnership è aperta.")).toBeVisible();
  await expect(main.getByText(/Avete accettato: aspettiamo l'altra parte/)).toBeVisible();

  await page.goto("/workspace/notifications");
  await expect(main.getByRole("heading", { name: `Il CSV Pavia vi presenta ${AMICI.name}` })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await main.getByRole("button", { name: "Segna tutte come lette" }).click();
  await expect(main.getByText("Tutte le notifiche sono segnate come lette.")).toBeVisible();
  await expect(main.getByText("0 da leggere")).toBeVisible();
  await logOut(page);

  await logInPartner(page, AMICI.email);
  await page.goto("/workspace/interests");
  await main.getByRole("button", { name: `Accetta: ${RISERIA.name}` }).click();
  const accepted = main.getByRole("listitem").filter({ has: page.getByRole("heading", { name: RISERIA.name }) });
  await expect(accepted.getByText("Accettato", { exact: true })).toBeVisible();
  await expect(accepted.getByRole("heading", { name: "Contatti" })).toBeVisible();
  // "Vai alla partnership" opens the partnership itself; its goal is proposed from the two
  // questionnaires, not copied from the introduction's message.
  const title = `${RISERIA.name} e ${AMICI.name}`;
  await accepted.getByRole("link", { name: "Vai alla partnership" }).click();
  await expect(page).toHaveURL(/\/workspace\/partnerships\/[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(main).not.toContainText("Vi presentiamo: la riseria");
  await page.goto("/workspace");
  const card = main.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) });
  await expect(card.getByText("Pianificazione e preparazione")).toBeVisible();
  await logOut(page);

  await logInStaff(page);
  await expect(main.getByRole("heading", { name: title })).toBeVisible();
  await page.goto("/staff/notifications");
  await expect(main.getByRole("heading", { name: `Nuova partnership: ${title}` })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("a partner expresses interest from a public profile; contacts appear only after the other side says yes", async ({ page }) => {
  await logInStaff(page);
  await page.goto("/staff/introductions");
  const paneId = await organizationId(page, "nonprofitId", PANE.name);
  const centroId = await organizationId(page, "nonprofitId", CENTRO.name);
  const riseriaId = await organizationId(page, "companyId", RISERIA.name);
  await logOut(page);

  await logInPartner(page, SUPERMERCATI.email);
  const main = page.locator("main");
  // Another company's profile is not for a company to see: answered as not found.
  const refused = await page.goto(`/workspace/organizations/${riseriaId}`);
  expect(refused?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Pagina non trovata" })).toBeVisible();
  await expect(page.getByText(RISERIA.name)).toHaveCount(0);

  // A pair a hard exclusion forbids is hidden like any other id.
  const excluded = await page.goto(`/workspace/organizations/${paneId}`);
  expect(excluded?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Pagina non trovata" })).toBeVisible();
  await expect(page.getByText(PANE.name)).toHaveCount(0);

  await page.goto(`/workspace/organizations/${centroId}`);
  await expect(main.getByRole("heading", { level: 1, name: CENTRO.name })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const message = main.getByLabel("Messaggio");
  await message.fill("Troppo corto");
  await main.getByRole("button", { name: "Invia interesse" }).click();
  await expect(main.getByText("Scrivete almeno 20 caratteri.")).toBeVisible();
  await expect(message).toHaveAttribute("aria-invalid", "true");
  await message.fill("Ogni mese abbiamo prodotti freschi e volontari tra i dipendenti: possiamo aiutarvi a riaprire il centro?");
  // The server refuses the excluded pair even when the form is made to ask for it.
  await main.locator('input[type="hidden"][name="organizationId"]').evaluate((input, id) => {
    (input as HTMLInputElement).value = id;
  }, paneId);
  await main.getByRole("button", { name: "Invia interesse" }).click();
  await expect(main.getByText("Organizzazione o proposta non trovata.")).toBeVisible();
  await page.reload();
  await main.getByLabel("Messaggio").fill("Ogni mese abbiamo prodotti freschi e volontari tra i dipendenti: possiamo aiutarvi a riaprire il centro?");
  await main.getByRole("button", { name: "Invia interesse" }).click();
  await expect(main.getByText("Interesse inviato. Vi avviseremo quando risponderanno.")).toBeVisible();

  await page.goto("/workspace/interests");
  await expect(main.getByRole("heading", { name: PANE.name })).toHaveCount(0);
  const sent = main.getByRole("listitem").filter({ has: page.getByRole("heading", { name: CENTRO.name }) });
  await expect(sent.getByText("In attesa", { exact: true })).toBeVisible();
  await expect(sent.getByRole("heading", { name: "Contatti" })).toHaveCount(0);
  await expect(sent.getByRole("button", { name: `Ritira: ${CENTRO.name}` })).toBeVisible();
  await logOut(page);

  await logInPartner(page, CENTRO.email);
  await page.goto("/workspace/interests");
  const received = main.getByRole("listitem").filter({ has: page.getByRole("heading", { name: SUPERMERCATI.name }) });
  await received.getByLabel("Messaggio di risposta (facoltativo)").fill("Volentieri: vi aspettiamo giovedì alle 15 al centro.");
  await received.getByRole("button", { name: `Accetta: ${SUPERMERCATI.name}` }).click();
  const answered = main.getByRole("listitem").filter({ has: page.getByRole("heading", { name: SUPERMERCATI.name }) });
  await expect(answered.getByRole("heading", { name: "Contatti" })).toBeVisible();
  await expect(answered.getByText("Volentieri: vi aspettiamo giovedì alle 15 al centro.")).toBeVisible();
  await logOut(page);

  await logInPartner(page, SUPERMERCATI.email);
  await page.goto("/workspace/interests");
  const done = main.getByRole("listitem").filter({ has: page.getByRole("heading", { name: CENTRO.name }) });
  await expect(done.getByText("Accettato", { exact: true })).toBeVisible();
  await expect(done.getByRole("heading", { name: "Contatti" })).toBeVisible();
});
