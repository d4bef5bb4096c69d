import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { DEMO_PARTNER_PASSWORD } from "@/prisma/seed/demo-users";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { sendMessage } from "./support/collab-steps";
import { mailsTo, type ReceivedMail } from "./support/mailbox";
import { logIn } from "./support/session";

// A partner chooses how messages reach them by e-mail, in Chromium, and the effect is read
// in the mail the app really sends (the loopback SMTP server of scripts/e2e-server.ts).
// CSV staff write in "Microcredito per le famiglie dell'emporio", whose nonprofit's contact
// is Giorgio Moretti (the company has no user in the demo), so the staff message tells him.

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

const TITLE = "Microcredito per le famiglie dell'emporio";
const PARTNER = { email: "giorgio.moretti@example.it", password: DEMO_PARTNER_PASSWORD };
const run = randomUUID().slice(0, 8);

async function signedIn(browser: Browser, credentials: { email: string; password: string }, landing: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "it-IT" })).newPage();
  await logIn(page, credentials);
  await expect(page).toHaveURL(landing);
  return page;
}

/** Waits (one round of the outbox worker and more) for a mail to `to` whose body contains `text`. */
async function waitForMail(to: string, text: string, timeoutMs = 45_000): Promise<ReceivedMail> {
  for (let waited = 0; waited <= timeoutMs; waited += 250) {
    const mail = mailsTo(to).find((candidate) => candidate.body.includes(text));
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No e-mail to ${to} containing "${text}" within ${timeoutMs} ms`);
}

async function chooseForMessages(page: Page, option: "Subito" | "Riepilogo giornaliero" | "Mai") {
  const group = page.locator("main").getByRole("group", { name: "Messaggi" });
  await group.getByRole("radio", { name: option, exact: true }).check();
  await page.locator("main").getByRole("button", { name: "Salva le preferenze" }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText("Preferenze salvate.");
}

test("a partner moves messages from the daily digest to at once, then to never, and the mail follows", async ({ browser }) => {
  const partner = await signedIn(browser, PARTNER, "/workspace");
  await partner.locator("main").getByRole("link", { name: TITLE }).first().click();
  await expect(partner.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  const partnershipId = new URL(partner.url()).pathname.split("/").pop()!;
  const staff = await signedIn(browser, DEMO_ACCOUNTS.staff, "/staff");
  await staff.goto(`/staff/partnerships/${partnershipId}?tab=messages`);

  // By default messages wait for the daily digest: the in-app notification arrives, no e-mail.
  const first = `Primo messaggio ${run}`;
  await sendMessage(staff, first);
  await partner.goto("/workspace/notifications");
  await expect(partner.locator("main")).toContainText(first);

  // From the notifications page to the preferences, with the keyboard only.
  await partner.locator("main").getByRole("link", { name: "Scegli quali e-mail ricevere" }).click();
  await expect(partner).toHaveURL("/workspace/notifications/preferences");
  await expect(partner.getByRole("heading", { level: 1, name: "Preferenze e-mail" })).toBeVisible();
  const messages = partner.locator("main").getByRole("group", { name: "Messaggi" });
  await expect(messages.getByRole("radio", { name: "Riepilogo giornaliero", exact: true })).toBeChecked();
  await expect(partner.locator("main").getByRole("group", { name: "Scadenze e promemoria" }).getByRole("radio", { name: "Subito", exact: true })).toBeChecked();
  await expectNoSeriousA11yViolations(partner);
  await messages.getByRole("radio", { name: "Riepilogo giornaliero", exact: true }).focus();
  await partner.keyboard.press("ArrowUp");
  await expect(messages.getByRole("radio", { name: "Subito", exact: true })).toBeChecked();
  await partner.locator("main").getByRole("button", { name: "Salva le preferenze" }).focus();
  await partner.keyboard.press("Enter");
  await expect(partner.locator("main").getByRole("status")).toHaveText("Preferenze salvate.");
  await partner.reload();
  await expect(messages.getByRole("radio", { name: "Subito", exact: true })).toBeChecked();

  // Now each message is e-mailed at once, with the link back to the preferences.
  const second = `Secondo messaggio ${run}`;
  await sendMessage(staff, second);
  const mail = await waitForMail(PARTNER.email, second);
  expect(mail.subject).toBe(`Nuovo messaggio su «${TITLE}»`);
  expect(mail.body).toMatch(/Scegli quali e-mail ricevere da Insieme: http\S+\/workspace\/notifications\/preferences/);
  expect(mailsTo(PARTNER.email).filter((received) => received.body.includes(first))).toHaveLength(0);

  // "Mai": no e-mail for the third message (the fourth, sent at once again, proves the mail flows).
  await chooseForMessages(partner, "Mai");
  const third = `Terzo messaggio ${run}`;
  await sendMessage(staff, third);
  await partner.goto("/workspace/notifications");
  await expect(partner.locator("main")).toContainText(third);
  await partner.goto("/workspace/notifications/preferences");
  await chooseForMessages(partner, "Subito");
  const fourth = `Quarto messaggio ${run}`;
  await sendMessage(staff, fourth);
  await waitForMail(PARTNER.email, fourth);
  expect(mailsTo(PARTNER.email).filter((received) => received.body.includes(third))).toHaveLength(0);
});

test("staff have their own preferences page, reached from their notifications", async ({ browser }) => {
  const staff = await signedIn(browser, DEMO_ACCOUNTS.staff, "/staff");
  await staff.goto("/staff/notifications");
  await staff.locator("main").getByRole("link", { name: "Scegli quali e-mail ricevere" }).click();
  await expect(staff).toHaveURL("/staff/notifications/preferences");
  await expect(staff.locator("main").getByRole("group", { name: "Approvazioni" }).getByRole("radio", { name: "Subito", exact: true })).toBeChecked();
  await expectNoSeriousA11yViolations(staff);
  await staff.locator("main").getByRole("group", { name: "Cambi di fase" }).getByRole("radio", { name: "Mai", exact: true }).check();
  await staff.locator("main").getByRole("button", { name: "Salva le preferenze" }).click();
  await expect(staff.locator("main").getByRole("status")).toHaveText("Preferenze salvate.");
  await staff.reload();
  await expect(staff.locator("main").getByRole("group", { name: "Cambi di fase" }).getByRole("radio", { name: "Mai", exact: true })).toBeChecked();

  // The saved choice is checked in the server's HTML already, not only once React hydrates.
  const html = await (await staff.request.get("/staff/notifications/preferences")).text();
  expect(html).toMatch(/<input(?=[^>]*name="PHASE_CHANGES")(?=[^>]*value="NEVER")(?=[^>]*checked)[^>]*>/);
  expect(html).not.toMatch(/<input(?=[^>]*name="PHASE_CHANGES")(?=[^>]*value="DIGEST")(?=[^>]*checked)[^>]*>/);
});
