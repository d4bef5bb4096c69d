import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import {
  addChecklistItem,
  addContribution,
  addStaffNote,
  checklistItem,
  openPartnershipTab,
  readContributionTotal,
  sendMessage,
  tickChecklistItem,
} from "./support/collab-steps";
import { logIn } from "./support/session";

// One partnership in negotiation, "Pane di ieri, pasti di oggi", as its two partners and CSV
// staff work on it together: the checklist, what each side brings, the conversation, and
// the staff's internal notes that partners must never receive.

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

const TITLE = "Pane di ieri, pasti di oggi";
const PARTNER_PASSWORD = "Demo-Partner-2026!";
const COMPANY = { email: "francesca.bellini@example.it", password: PARTNER_PASSWORD };
const NONPROFIT = { email: "sara.marchetti@example.it", password: PARTNER_PASSWORD };
const run = randomUUID().slice(0, 8);

async function signedIn(browser: Browser, credentials: { email: string; password: string }, landing: string): Promise<Page> {
  const context = await browser.newContext({ locale: "it-IT" });
  const page = await context.newPage();
  await logIn(page, credentials);
  await expect(page).toHaveURL(landing);
  return page;
}

function inDays(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

test("partners and staff work on a partnership together; staff notes never reach a partner", async ({ browser }) => {
  const company = await signedIn(browser, COMPANY, "/workspace");
  await company.locator("main").getByRole("link", { name: TITLE }).click();
  await expect(company.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  const partnershipPath = new URL(company.url()).pathname;
  const partnershipId = partnershipPath.split("/").pop()!;

  // Checklist: the company adds its own item with a due date, assigned to the nonprofit's contact, and ticks a default item.
  await expect(company.getByRole("heading", { level: 2, name: "Cose da fare" })).toBeVisible();
  await expectNoSeriousA11yViolations(company);
  const ownItem = `Portare le cassette per il pane ${run}`;
  const due = inDays(10);
  await addChecklistItem(company, { text: ownItem, assignee: "Sara Marchetti", dueDate: due });
  await expect(checklistItem(company, ownItem)).toContainText("Assegnata a Sara Marchetti");
  await expect(checklistItem(company, ownItem)).toContainText("Scadenza:");
  const templateItem = "Proporre gli indicatori con cui misurare i risultati";
  await tickChecklistItem(company, templateItem);
  await expect(checklistItem(company, templateItem)).toContainText("Fatta il");
  await expectNoSeriousA11yViolations(company);

  // The nonprofit's contact was told of the assignment, and sees the item and the template item done.
  const nonprofit = await signedIn(browser, NONPROFIT, "/workspace");
  await nonprofit.goto("/workspace/notifications");
  await expect(nonprofit.locator("main")).toContainText(`Ti è stata assegnata: ${ownItem}.`);
  await nonprofit.goto(partnershipPath);
  await expect(checklistItem(nonprofit, ownItem)).toContainText("Assegnata a Sara Marchetti");
  await expect(nonprofit.locator("main").getByRole("button", { name: `Segna come da fare: ${templateItem}` })).toBeVisible();

  // Negotiation: the nonprofit adds a contribution with a value in euros and its total grows by exactly that.
  await openPartnershipTab(nonprofit, "Negoziazione");
  await expectNoSeriousA11yViolations(nonprofit);
  const before = await readContributionTotal(nonprofit, "nonprofit");
  const contribution = `Volontari per la raccolta serale ${run}`;
  await addContribution(nonprofit, { kind: "Ore di volontariato", description: contribution, value: "1.234,50" });
  await expect.poll(() => readContributionTotal(nonprofit, "nonprofit")).toBe(before + 123450);
  // Only its own side: the form names the nonprofit and offers no side to choose.
  await expect(nonprofit.locator("main").getByLabel("Di quale parte")).toHaveCount(0);
  await expectNoSeriousA11yViolations(nonprofit);

  // Messages go both ways.
  const question = `Possiamo passare giovedì a ritirare il pane? ${run}`;
  const answer = `Sì, dalle 18 in poi. ${run}`;
  await openPartnershipTab(nonprofit, "Messaggi");
  await sendMessage(nonprofit, question);
  await company.goto(`${partnershipPath}?tab=messages`);
  await expect(company.locator("main").getByRole("list", { name: "Conversazione" })).toContainText(question);
  await sendMessage(company, answer);
  await expectNoSeriousA11yViolations(company);
  await nonprofit.reload();
  const thread = nonprofit.locator("main").getByRole("list", { name: "Conversazione" }).getByRole("listitem");
  await expect(thread.last()).toContainText(answer);
  await expect(thread.last()).toContainText("Francesca Bellini");

  // Staff read the thread and write an internal note.
  const staff = await signedIn(browser, DEMO_ACCOUNTS.staff, "/staff");
  await staff.goto(`/staff/partnerships/${partnershipId}?tab=messages`);
  await expect(staff.locator("main").getByRole("list", { name: "Conversazione" })).toContainText(answer);
  const marker = `NOTA-RISERVATA-${run}`;
  await addStaffNote(staff, `${marker}: sentire Sara sui turni prima dell'incontro`);
  await expect(staff.locator("main").getByText("Solo per lo staff del CSV: queste note non sono mai visibili ai partner.").first()).toBeVisible();
  await expectNoSeriousA11yViolations(staff);
  await openPartnershipTab(staff, "Negoziazione");
  await expect(staff.locator("main").getByText(contribution, { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(staff);

  // Neither partner ever receives the note: not in the served HTML (with its flight data), nor in the page.
  for (const partner of [company, nonprofit]) {
    for (const tab of ["", "?tab=messages", "?tab=negotiation"]) {
      const response = await partner.goto(`${partnershipPath}${tab}`);
      expect(response?.status()).toBe(200);
      expect(await response!.text()).not.toContain(marker);
      await expect(partner.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
      expect(await partner.content()).not.toContain(marker);
    }
    await expect(partner.locator("main").getByRole("region", { name: /Note interne/ })).toHaveCount(0);
  }
  // The check can fail: the staff page does carry the marker.
  const staffResponse = await staff.goto(`/staff/partnerships/${partnershipId}?tab=messages`);
  expect(await staffResponse!.text()).toContain(marker);
});
