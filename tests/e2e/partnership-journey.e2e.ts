import { randomInt, randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { partitaIvaCheckDigit } from "@/lib/tax-codes";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { waitForLink } from "./support/mailbox";
import { logIn, logOut } from "./support/session";

// The whole front half of the programme, as the people involved live it: a company and a
// nonprofit sign up, confirm their e-mail through a real SMTP server, fill in their
// questionnaires; CSV staff approve both; the company finds the nonprofit among its
// suggestions and says it is interested; the nonprofit accepts; the partnership is in
// phase 1 for both and on the staff board.

test.describe.configure({ mode: "serial" });
test.setTimeout(240_000);

function elevenDigitCode(first: string): string {
  const firstTen = `${first}${String(randomInt(0, 10 ** 9)).padStart(9, "0")}`;
  return `${firstTen}${partitaIvaCheckDigit(firstTen)}`;
}

const id = randomUUID().slice(0, 6);
const COMPANY = {
  kind: "company",
  organization: `Sviluppo Ticinese ${id} S.r.l.`,
  taxCode: elevenDigitCode("0"),
  name: "Giovanni Sala",
  email: `giovanni.sala.${id}@example.it`,
  password: "una password davvero lunga 1",
};
const NONPROFIT = {
  kind: "nonprofit",
  organization: `Ponti Digitali ${id} APS`,
  taxCode: elevenDigitCode("9"),
  name: "Marta Riva",
  email: `marta.riva.${id}@example.it`,
  password: "una password davvero lunga 2",
};
type Visitor = typeof COMPANY;

async function signUpAndConfirm(page: Page, visitor: Visitor) {
  await page.goto(`/signup?kind=${visitor.kind}`);
  const form = page.locator("main form");
  await form.getByLabel("Nome dell'organizzazione").fill(visitor.organization);
  await form.getByLabel("Partita IVA o codice fiscale").fill(visitor.taxCode);
  await form.getByRole("combobox", { name: "Comune della sede" }).fill("Pavia");
  await form.getByLabel("Nome e cognome").fill(visitor.name);
  await form.getByLabel("E-mail").fill(visitor.email);
  await form.getByLabel("Password").fill(visitor.password);
  await form.getByLabel(/Ho letto l'informativa sulla privacy/).check();
  await form.getByRole("button", { name: "Iscriviti" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Controlla la tua e-mail" })).toBeVisible();

  // The verification e-mail went out through SMTP; follow its link like the visitor would.
  const link = await waitForLink(visitor.email, "/verify-email?token=");
  await page.goto(new URL(link).pathname + new URL(link).search);
  await expect(page.locator("main")).toContainText(/confermat/i);
  await logIn(page, visitor);
  await expect(page).toHaveURL("/workspace");
}

async function saveStep(page: Page, next: number) {
  const main = page.locator("main");
  await main.getByRole("button", { name: "Salva e continua" }).click();
  await expect(main.locator("#questionnaire-progress")).toHaveText(`Passo ${next} di 5`);
}

async function check(page: Page, group: string, labels: string[]) {
  const fieldset = page.locator("main").getByRole("group", { name: group });
  for (const label of labels) await fieldset.getByLabel(label, { exact: true }).check();
}

async function answerCompanyQuestionnaire(page: Page) {
  const main = page.locator("main");
  await page.goto("/workspace/profile");
  await expect(main.locator("#questionnaire-progress")).toHaveText("Passo 1 di 5");
  await main.getByRole("combobox", { name: "Comune della sede" }).fill("Pavia");
  await main.getByLabel("Settore ATECO (sezione)").selectOption("J");
  await main.getByLabel("Dipendenti").fill("40");
  await main.getByLabel("Descrizione").fill("Software house pavese: vogliamo mettere i nostri sviluppatori al servizio di progetti di inclusione digitale in città.");
  await expectNoSeriousA11yViolations(page);
  await saveStep(page, 2);
  await check(page, "Cause che sosteniamo", ["d) Educazione, istruzione e formazione professionale", "a) Interventi e servizi sociali"]);
  await saveStep(page, 3);
  await check(page, "Cosa possiamo offrire", ["Competenze digitali", "Contributo economico", "Volontariato dei dipendenti"]);
  await check(page, "Cosa cerchiamo", ["Occasioni di volontariato per i dipendenti", "Contenuti per la comunicazione"]);
  await main.getByLabel("Budget annuo per contributi").fill("5000");
  await main.getByLabel("Ore di volontariato dei dipendenti").fill("200");
  await saveStep(page, 4);
  await main.getByLabel("Raggio d'azione").fill("25");
  await check(page, "Durate che accettiamo", ["Annuale"]);
  await saveStep(page, 5);
  await main.getByRole("button", { name: "Invia per l'approvazione" }).click();
  await expect(main.getByText("Questionario inviato. Lo staff del CSV Pavia lo esaminerà presto.")).toBeVisible();
}

async function answerNonprofitQuestionnaire(page: Page) {
  const main = page.locator("main");
  await page.goto("/workspace/profile");
  await expect(main.locator("#questionnaire-progress")).toHaveText("Passo 1 di 5");
  await main.getByRole("combobox", { name: "Comune della sede" }).fill("Pavia");
  await main.getByLabel("Forma giuridica").selectOption("APS");
  await main.getByLabel("Iscrizione al RUNTS").selectOption("not-enrolled");
  await main.getByLabel("Descrizione").fill("Associazione pavese che insegna a ragazzi e anziani a usare il digitale: cerchiamo volontari esperti e un piccolo contributo.");
  await saveStep(page, 2);
  await check(page, "Cause che sosteniamo", ["d) Educazione, istruzione e formazione professionale", "a) Interventi e servizi sociali"]);
  await saveStep(page, 3);
  await check(page, "Cosa possiamo offrire", ["Occasioni di volontariato per i dipendenti", "Contenuti per la comunicazione"]);
  await check(page, "Cosa cerchiamo", ["Competenze digitali", "Contributo economico", "Volontariato dei dipendenti"]);
  await main.getByLabel("Volontari aziendali che possiamo accogliere insieme").fill("6");
  await main.getByLabel("Budget del progetto proposto").fill("4000");
  await saveStep(page, 4);
  await check(page, "Durate che accettiamo", ["Annuale"]);
  await saveStep(page, 5);
  await main.getByRole("button", { name: "Invia per l'approvazione" }).click();
  await expect(main.getByText("Questionario inviato. Lo staff del CSV Pavia lo esaminerà presto.")).toBeVisible();
}

test("a company signs up, confirms its e-mail and completes its questionnaire", async ({ page }) => {
  await signUpAndConfirm(page, COMPANY);
  await answerCompanyQuestionnaire(page);
});

test("a nonprofit does the same", async ({ page }) => {
  await signUpAndConfirm(page, NONPROFIT);
  await answerNonprofitQuestionnaire(page);
});

test("staff approve both from the review queue", async ({ page }) => {
  await logIn(page, DEMO_ACCOUNTS.staff);
  await expect(page).toHaveURL("/staff");
  const main = page.locator("main");
  for (const visitor of [COMPANY, NONPROFIT]) {
    await page.goto("/staff/organizations");
    await main.getByRole("link", { name: `Esamina ${visitor.organization}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: visitor.organization })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await main.getByRole("button", { name: "Approva" }).click();
    await expect(main.getByText("Organizzazione approvata: ora è attiva.")).toBeVisible();
  }
});

test("the company finds the nonprofit among its suggestions, with reasons, and says it is interested", async ({ page }) => {
  await logIn(page, COMPANY);
  await expect(page).toHaveURL("/workspace");
  await page.goto("/workspace/suggestions");
  const main = page.locator("main");
  const card = main.getByRole("listitem").filter({ has: page.getByRole("heading", { name: NONPROFIT.organization }) });
  await expect(card).toBeVisible();
  await expect(card.getByText("Perché ve lo suggeriamo")).toBeVisible();
  await expect(card.getByText(/competenze digitali/i).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await card.locator("summary", { hasText: "Mi interessa" }).click();
  await card.getByLabel("Messaggio").fill("Siamo una software house di Pavia: i nostri sviluppatori potrebbero tenere i vostri corsi di informatica.");
  await card.getByRole("button", { name: "Invia interesse" }).click();
  await expect(main.getByText("Interesse inviato. Vi avviseremo quando risponderanno.")).toBeVisible();
});

test("the nonprofit accepts; the partnership opens in phase 1 for both and for staff", async ({ page }) => {
  await logIn(page, NONPROFIT);
  await expect(page).toHaveURL("/workspace");
  await page.goto("/workspace/interests");
  const main = page.locator("main");
  await expectNoSeriousA11yViolations(page);
  await main.getByRole("button", { name: `Accetta: ${COMPANY.organization}` }).click();
  const accepted = main.getByRole("listitem").filter({ has: page.getByRole("heading", { name: COMPANY.organization }) });
  await expect(accepted.getByRole("heading", { name: "Contatti" })).toBeVisible();
  await expect(accepted.getByText(COMPANY.email)).toBeVisible();

  const title = `${COMPANY.organization} e ${NONPROFIT.organization}`;
  await page.goto("/workspace");
  const partnership = main.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) });
  await expect(partnership.getByText("Pianificazione e preparazione")).toBeVisible();
  await logOut(page);

  await logIn(page, COMPANY);
  await expect(page).toHaveURL("/workspace");
  await expect(main.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) }).getByText("Pianificazione e preparazione")).toBeVisible();
  await logOut(page);

  await logIn(page, DEMO_ACCOUNTS.staff);
  await expect(page).toHaveURL("/staff");
  const planning = main.locator("section").filter({ has: page.getByRole("heading", { name: /Pianificazione e preparazione/ }) });
  await expect(planning.getByRole("heading", { name: title })).toBeVisible();
});
