import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { openPartnershipTab, sendMessage } from "./support/collab-steps";
import { mailsTo, waitForLink } from "./support/mailbox";
import { logIn } from "./support/session";

// A member of Ticino Digitale (Irene Sala, seeded for this spec alone) looks after their own
// account: a new password (their other device is signed out), a new e-mail verified from the
// received link, the download of their data, and the deletion of the account. Tessere Insieme,
// the other party of "Competenze digitali per l'inclusione", then reads her past message by
// a former member.

test.describe.configure({ mode: "serial" });
test.setTimeout(240_000);

const TITLE = "Competenze digitali per l'inclusione";
const run = randomUUID().slice(0, 8);
const MEMBER = { email: "irene.sala@example.it", password: "Demo-Partner-2026!" };
const NEW_PASSWORD = `Lanterna-ciliegio-fiume-${run}`;
const NEW_EMAIL = `irene.nuova.${run}@example.it`;
const MEMBER_MESSAGE = `Porto io i portatili per il primo incontro (${run})`;
const OTHER_PARTY_MESSAGE = `Riservato a Tessere Insieme: il calendario dei turni (${run})`;

async function signedIn(browser: Browser, credentials: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ locale: "it-IT", acceptDownloads: true });
  const page = await context.newPage();
  await logIn(page, credentials);
  await expect(page).toHaveURL("/workspace");
  return page;
}

async function openThread(page: Page) {
  await page.locator("main").getByRole("link", { name: TITLE }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await openPartnershipTab(page, "Messaggi");
}

const section = (page: Page, name: string) => page.locator("main").getByRole("region", { name, exact: true });

test("a partner changes password and e-mail, downloads their data and deletes the account; the other party then reads 'Ex membro'", async ({ browser }) => {
  const otherParty = await signedIn(browser, DEMO_ACCOUNTS.nonprofit);
  await openThread(otherParty);
  await sendMessage(otherParty, OTHER_PARTY_MESSAGE);

  const member = await signedIn(browser, MEMBER);
  const secondDevice = await signedIn(browser, MEMBER);
  await openThread(member);
  await sendMessage(member, MEMBER_MESSAGE);

  // The account page, from the navigation.
  await member.getByRole("navigation", { name: "Navigazione principale" }).getByRole("link", { name: "Account", exact: true }).click();
  await expect(member).toHaveURL("/workspace/account");
  await expect(member.getByRole("heading", { level: 1, name: "Il tuo account" })).toBeVisible();
  await expectNoSeriousA11yViolations(member);

  // Password: a wrong current one is refused on its field; then the change signs the other device out, not this one.
  const password = section(member, "Password");
  await password.getByLabel("Password attuale").fill("non-e-questa");
  await password.getByLabel("Nuova password", { exact: true }).fill(NEW_PASSWORD);
  await password.getByLabel("Ripeti la nuova password", { exact: true }).fill(NEW_PASSWORD);
  await password.getByRole("button", { name: "Cambia la password" }).click();
  await expect(password.getByText("La password attuale non è corretta.")).toBeVisible();
  await password.getByLabel("Password attuale").fill(MEMBER.password);
  await password.getByRole("button", { name: "Cambia la password" }).click();
  await expect(password.getByRole("status")).toContainText("Password cambiata.");
  await member.reload();
  await expect(member.getByRole("heading", { level: 1, name: "Il tuo account" })).toBeVisible();
  const refused = await secondDevice.goto("/workspace/account");
  expect(refused?.status()).toBe(401);

  // E-mail: nothing changes until the link sent to the new address is followed; the old address is told.
  const email = section(member, "Indirizzo e-mail");
  await email.getByLabel("Nuovo indirizzo e-mail").fill(NEW_EMAIL);
  await email.getByLabel("Password attuale").fill(NEW_PASSWORD);
  await email.getByRole("button", { name: "Invia il link di conferma" }).click();
  await expect(email.getByRole("status").filter({ hasText: "Ti abbiamo inviato un link al nuovo indirizzo" })).toBeVisible();
  await member.reload();
  await expect(section(member, "Indirizzo e-mail")).toContainText(`Indirizzo attuale: ${MEMBER.email}`);
  await expect(section(member, "Indirizzo e-mail")).toContainText(`In attesa di conferma: ${NEW_EMAIL}`);
  const link = await waitForLink(NEW_EMAIL, "/confirm-email?token=");
  await expect.poll(() => mailsTo(MEMBER.email).some((mail) => mail.body.includes(NEW_EMAIL)), { timeout: 30_000 }).toBe(true);
  await member.goto(new URL(link).pathname + new URL(link).search);
  await expect(member.locator("main").getByRole("status")).toContainText(`il tuo account ora usa l'indirizzo ${NEW_EMAIL}`);
  await member.goto("/workspace/account");
  await expect(section(member, "Indirizzo e-mail")).toContainText(`Indirizzo attuale: ${NEW_EMAIL}`);

  // The download: their e-mail and their message, nothing of the other organisation.
  const downloading = member.waitForEvent("download");
  await section(member, "I tuoi dati").getByRole("link", { name: "Scarica i miei dati" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^insieme-i-miei-dati-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await readFile(await download.path(), "utf8");
  const data = JSON.parse(text) as { account: { email: string }; messages: { body: string }[]; memberships: { organization: { name: string } }[] };
  expect(data.account.email).toBe(NEW_EMAIL);
  expect(data.messages.map((message) => message.body)).toContain(MEMBER_MESSAGE);
  expect(data.memberships.map((membership) => membership.organization.name)).toEqual(["Ticino Digitale S.r.l."]);
  expect(text).not.toContain(OTHER_PARTY_MESSAGE);
  expect(text).not.toContain(DEMO_ACCOUNTS.nonprofit.email);
  expect(text).not.toContain("passwordHash");

  // Deletion: the page says what stays (agreements as signed); the password and the word are asked.
  const deletion = section(member, "Elimina l'account");
  await expect(deletion).toContainText("conservano il tuo nome e il ruolo come li hai dati");
  await deletion.getByLabel("Password attuale").fill(NEW_PASSWORD);
  await deletion.getByLabel("Per confermare scrivi ELIMINA").fill("ELIMINA");
  await deletion.getByRole("button", { name: "Elimina definitivamente il mio account" }).click();
  await expect(member).toHaveURL("/account-deleted");
  await expect(member.getByRole("heading", { level: 1, name: "Account eliminato" })).toBeVisible();
  await expectNoSeriousA11yViolations(member);
  const afterDeletion = await member.goto("/workspace");
  expect(afterDeletion?.status()).toBe(401);

  // The other party's thread: the message stays, its author is a former member.
  await otherParty.reload();
  const thread = otherParty.locator("main").getByRole("list", { name: "Conversazione" });
  const past = thread.getByRole("listitem").filter({ hasText: MEMBER_MESSAGE });
  await expect(past).toContainText("Ex membro");
  await expect(past).not.toContainText("Irene Sala");

  // Neither the old nor the new address signs in any more.
  const visitor = await (await browser.newContext({ locale: "it-IT" })).newPage();
  for (const address of [MEMBER.email, NEW_EMAIL]) {
    await logIn(visitor, { email: address, password: NEW_PASSWORD });
    await expect(visitor).toHaveURL(/\/login/);
  }
});

test("staff have the same account page, without account deletion, and download their own data", async ({ page }) => {
  await logIn(page, DEMO_ACCOUNTS.staff);
  await expect(page).toHaveURL("/staff");
  await page.getByRole("navigation", { name: "Navigazione principale" }).getByRole("link", { name: "Account", exact: true }).click();
  await expect(page).toHaveURL("/staff/account");
  await expect(section(page, "Password")).toBeVisible();
  await expect(section(page, "Elimina l'account")).toContainText("tramite un amministratore");
  await expect(section(page, "Elimina l'account").getByRole("button")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  const response = await page.request.get("/staff/account/export");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="insieme-i-miei-dati-/);
  expect(((await response.json()) as { account: { email: string } }).account.email).toBe(DEMO_ACCOUNTS.staff.email);
  // Without a session there is nothing to download: the proxy sends the visitor to the login (or the guard answers 401).
  const anonymous = await (await page.context().browser()!.newContext()).request.get("/workspace/account/export", { maxRedirects: 0 });
  expect([307, 401]).toContain(anonymous.status());
  expect(await anonymous.text()).not.toContain("\"account\"");
});

test("the privacy notice quotes the retention times the purge job uses", async ({ page }) => {
  await page.goto("/privacy");
  const retention = page.locator("main").getByRole("region", { name: "Per quanto tempo" });
  await expect(retention).toContainText("Registro delle operazioni importanti e degli eventi di sicurezza (con l'indirizzo IP): 12 mesi.");
  await expect(retention).toContainText("24 ore dall'inizio del loro intervallo");
});
