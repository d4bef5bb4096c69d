import { randomInt, randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { partitaIvaCheckDigit } from "@/lib/tax-codes";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { paviaTaxCode } from "@/prisma/seed/pavia-tax-code";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { mailsTo } from "./support/mailbox";
import { logIn } from "./support/session";

function newPartitaIva(): string {
  const firstTen = `0${String(randomInt(0, 1_000_000_000)).padStart(9, "0")}`;
  return `${firstTen}${partitaIvaCheckDigit(firstTen)}`;
}

function newVisitor() {
  const id = randomUUID().slice(0, 8);
  return {
    organization: `Officina ${id} S.r.l.`,
    taxCode: newPartitaIva(),
    name: `Chiara Neri ${id}`,
    email: `chiara-${id}@example.it`,
    password: "una frase lunga per entrare",
  };
}

type Visitor = ReturnType<typeof newVisitor>;

async function fillSignupForm(page: Page, visitor: Visitor) {
  const form = page.locator("main form");
  await form.getByLabel("Nome dell'organizzazione").fill(visitor.organization);
  await form.getByLabel("Partita IVA o codice fiscale").fill(visitor.taxCode);
  await form.getByRole("combobox", { name: "Comune della sede" }).fill("Voghera");
  await form.getByLabel("Nome e cognome").fill(visitor.name);
  await form.getByLabel("E-mail").fill(visitor.email);
  await form.getByLabel("Password").fill(visitor.password);
  await form.getByLabel(/Ho letto l'informativa sulla privacy/).check();
  await form.getByRole("button", { name: "Iscriviti" }).click();
}

/** The link of the newest e-mail to `email` with `subject`, read by staff in the outbox. */
async function linkFromOutbox(browser: Browser, email: string, subject: string): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, DEMO_ACCOUNTS.staff);
  await expect(page).toHaveURL("/staff");
  await page.goto("/staff/outbox");
  await expect(page.getByRole("heading", { level: 1, name: "Posta in uscita" })).toBeVisible();
  const message = page.locator("main li").filter({ hasText: email }).filter({ hasText: subject }).first();
  await message.getByText("Mostra il testo").click();
  const text = await message.locator("pre").innerText();
  await context.close();
  const match = /https?:\/\/\S+/.exec(text);
  if (!match) throw new Error(`no link in: ${text}`);
  return new URL(match[0]).pathname + new URL(match[0]).search;
}

test("a company signs up, confirms its e-mail and lands in its workspace", async ({ page, browser }) => {
  const visitor = newVisitor();
  await page.goto("/signup");
  await expect(page.getByRole("heading", { level: 1, name: "Iscrivi la tua organizzazione" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.locator("main").getByRole("link", { name: /Sono un'impresa/ }).click();
  await expect(page).toHaveURL("/signup?kind=company");
  await expect(page.getByText("Iscrizione come: Impresa")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await fillSignupForm(page, visitor);
  await expect(page).toHaveURL("/signup/check-email");
  await expect(page.getByRole("heading", { level: 1, name: "Controlla la tua e-mail" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Before confirming, login is refused with a way to get the link again.
  await logIn(page, visitor);
  await expect(page.locator("main").getByRole("alert")).toContainText("Non hai ancora confermato il tuo indirizzo e-mail");
  await expect(page.locator("main").getByRole("link", { name: "Invia di nuovo il link di conferma" })).toBeVisible();

  const link = await linkFromOutbox(browser, visitor.email, "conferma il tuo indirizzo e-mail");
  expect(link).toMatch(/^\/verify-email\?token=/);
  await page.goto(link);
  await expect(page.locator("main").getByRole("status")).toHaveText("Il tuo indirizzo e-mail è confermato. Ora puoi accedere.");
  await expectNoSeriousA11yViolations(page);

  await logIn(page, visitor);
  await expect(page).toHaveURL("/workspace");
  await expect(page.getByRole("heading", { level: 1, name: visitor.organization })).toBeVisible();
});

test("a tax code already registered is refused with a clear message, and mistakes are named per field", async ({ page }) => {
  await page.goto("/signup?kind=nonprofit");
  await expect(page.getByText("Iscrizione come: Ente del Terzo settore")).toBeVisible();
  const form = page.locator("main form");

  // The browser checks first: empty fields, a wrong check digit, the consent.
  await form.getByLabel("Partita IVA o codice fiscale").fill("01234567891");
  await form.getByRole("button", { name: "Iscriviti" }).click();
  await expect(form.getByText("Inserisci il nome dell'organizzazione.")).toBeVisible();
  await expect(form.getByText("l'ultima cifra di controllo non corrisponde")).toBeVisible();
  await expect(form.getByText("Per iscriverti devi accettare l'informativa sulla privacy.")).toBeVisible();
  await expect(form.getByLabel("Partita IVA o codice fiscale")).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yViolations(page);

  // The server knows Ticino Digitale's tax code is taken.
  await fillSignupForm(page, { ...newVisitor(), taxCode: paviaTaxCode("0241537") });
  await expect(form.getByText("Un'organizzazione con questo codice fiscale o partita IVA è già iscritta.", { exact: false })).toBeVisible();
  await expect(page.locator("main").getByRole("alert").first()).toHaveText("Controlla i campi segnalati e riprova.");
  await expect(page).toHaveURL("/signup?kind=nonprofit");
});

test("a forgotten password is reset through the e-mailed link", async ({ page, browser }) => {
  const visitor = newVisitor();
  await page.goto("/signup?kind=company");
  await fillSignupForm(page, visitor);
  await expect(page).toHaveURL("/signup/check-email");

  await page.goto("/login");
  await page.locator("main").getByRole("link", { name: "Password dimenticata?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Password dimenticata" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.locator("main form").getByLabel("E-mail").fill(visitor.email);
  await page.locator("main form").getByRole("button", { name: "Invia il link" }).click();
  const answer = "Se l'indirizzo corrisponde a un account, ti abbiamo inviato un link per reimpostare la password.";
  await expect(page.locator("main").getByRole("status")).toContainText(answer);

  const link = await linkFromOutbox(browser, visitor.email, "reimposta la password");
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Scegli una nuova password" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const newPassword = "la nuova frase segreta";
  await page.locator("main form").getByLabel("Nuova password").fill(newPassword);
  await page.locator("main form").getByRole("button", { name: "Salva la nuova password" }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText("Password cambiata. Ora puoi accedere con la nuova password.");

  // The link works once.
  await page.goto(link);
  await page.locator("main form").getByLabel("Nuova password").fill("un'altra frase segreta");
  await page.locator("main form").getByRole("button", { name: "Salva la nuova password" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("Questo link non è valido, è scaduto o è già stato usato.");

  // The reset link reached the inbox, so it also confirmed the address.
  await logIn(page, { email: visitor.email, password: newPassword });
  await expect(page).toHaveURL("/workspace");
});

test("an unknown address gets the same answer as a real one", async ({ page }) => {
  await page.goto("/forgot-password");
  await page.locator("main form").getByLabel("E-mail").fill(`nessuno-${randomUUID().slice(0, 8)}@example.it`);
  await page.locator("main form").getByRole("button", { name: "Invia il link" }).click();
  await expect(page.locator("main").getByRole("status")).toContainText("Se l'indirizzo corrisponde a un account");
});

test("the privacy notice and the verification page with a bad link are readable and accessible", async ({ page }) => {
  await page.goto("/privacy");
  await expect(page.getByRole("heading", { level: 1, name: "Informativa sulla privacy" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Titolare del trattamento" })).toBeVisible();
  await expect(page.getByText(/^Versione \d{4}-\d{2}-\d{2}$/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto("/verify-email?token=inventato");
  await expect(page.locator("main").getByRole("alert").first()).toContainText("Questo link non è valido");
  await expectNoSeriousA11yViolations(page);
});

test("only staff read the outbox: a partner is refused", async ({ page }) => {
  await logIn(page, DEMO_ACCOUNTS.company);
  await expect(page).toHaveURL("/workspace");
  const response = await page.goto("/staff/outbox");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "Posta in uscita" })).toHaveCount(0);
});

test("an e-mail that already has an account gets the same answer as a new one; its owner is told by e-mail", async ({ page }) => {
  const taken = { ...newVisitor(), email: "elena.ricci@example.it" };
  await page.goto("/signup?kind=company");
  await fillSignupForm(page, taken);
  await expect(page).toHaveURL("/signup/check-email");
  await expect(page.getByRole("heading", { level: 1, name: "Controlla la tua e-mail" })).toBeVisible();
  // The outbox worker sends it: within seconds after a nudge, at most one 20 s round later.
  await expect.poll(() => mailsTo(taken.email).map((mail) => mail.subject), { timeout: 30_000 }).toContain("Insieme: qualcuno ha provato a iscriversi con la tua e-mail");
  expect(mailsTo(taken.email).at(-1)?.body).toContain("/forgot-password");
});

test("a common password is refused on signup, saying why", async ({ page }) => {
  await page.goto("/signup?kind=company");
  await fillSignupForm(page, { ...newVisitor(), password: "password1234" });
  await expect(page.locator("main form").getByText("Questa password è tra le più usate")).toBeVisible();
  await expect(page).toHaveURL("/signup?kind=company");
});
