import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PARTNER_PASSWORD } from "@/prisma/seed/demo-users";
import { expectNoSeriousA11yViolations } from "./support/axe";
import {
  addActivity,
  addCommunicationItem,
  badge,
  approveStory,
  dayFromToday,
  itemCard,
  logDeliveredContribution,
  openEditor,
  openPartnershipTab,
  publishCommunicationItem,
  readTotals,
  tickActivity,
  writeStory,
} from "./support/programme-steps";
import { logIn } from "./support/session";

// A partnership in programme management, as its two partners run it: the plan of
// activities, the log of what each gave, the communication plan, and the public story
// that reaches the landing page only once both approved it.

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

const TITLE = "Meno plastica lungo il Ticino";
const COMPANY = { email: "marco.villa@example.it", password: DEMO_PARTNER_PASSWORD };
const NONPROFIT = { email: "roberto.fontana@example.it", password: DEMO_PARTNER_PASSWORD };
const id = randomUUID().slice(0, 6);

async function openPartnership(browser: Browser, credentials: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await logIn(page, credentials);
  await expect(page).toHaveURL("/workspace");
  await page.locator("main").getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  return page;
}

async function landingShows(browser: Browser, text: string): Promise<boolean> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const shown = (await page.getByText(text, { exact: true }).count()) > 0;
  await context.close();
  return shown;
}

test("partners plan activities, log contributions, plan communication and publish their story together", async ({ browser }) => {
  const company = await openPartnership(browser, COMPANY);

  // The programme: an activity and a milestone, one ticked, an overdue one said in words.
  await openPartnershipTab(company, "Programma");
  await expectNoSeriousA11yViolations(company);
  const activity = `Giornata di pulizia al Ponte Coperto ${id}`;
  const milestone = `Metà delle giornate svolte ${id}`;
  await addActivity(company, { title: activity, dueOn: dayFromToday(10), startsOn: dayFromToday(3), description: "Con 20 dipendenti e i volontari." });
  await addActivity(company, { kind: "Traguardo", title: milestone, dueOn: dayFromToday(-1) });
  await expect(badge(itemCard(company, milestone), "In ritardo di 1 giorno")).toBeVisible();
  await expect(badge(itemCard(company, activity), "Scade tra 10 giorni")).toBeVisible();
  await tickActivity(company, activity);

  // The log: volunteer hours and money, and the company's totals grow by exactly that.
  const before = await readTotals(company, "Impresa");
  await logDeliveredContribution(company, { kind: "Ore di volontariato", description: `Dipendenti alla raccolta ${id}`, hours: "2,5" });
  await logDeliveredContribution(company, { kind: "Denaro", description: `Contributo per i guanti ${id}`, value: "1.234,50" });
  await expect.poll(() => readTotals(company, "Impresa")).toEqual({ moneyCents: before.moneyCents + 123450, hoursHundredths: before.hoursHundredths + 250 });
  // A delivery in the future is refused with a message on its field.
  const form = company.getByRole("form", { name: "Registra un contributo" });
  await form.getByLabel("Tipo di contributo").selectOption({ label: "Beni" });
  await form.getByLabel("Che cosa è stato dato").fill("Sacchi");
  await form.getByLabel("Data della consegna").fill(dayFromToday(3));
  await form.getByRole("button", { name: "Registra" }).click();
  await expect(form.getByText("La data non può essere nel futuro")).toBeVisible();

  // The communication plan: an item, published with its link (a link is required).
  await openPartnershipTab(company, "Comunicazione");
  await expectNoSeriousA11yViolations(company);
  const post = `Post sulla prima giornata ${id}`;
  await addCommunicationItem(company, { channel: "Social", title: post, plannedOn: dayFromToday(0) });
  await expect(badge(itemCard(company, post), "Pianificata")).toBeVisible();
  await openEditor(itemCard(company, post));
  const edit = company.getByRole("form", { name: `Modifica: ${post}` });
  await edit.getByLabel("Stato").selectOption({ label: "Pubblicata" });
  await edit.getByRole("button", { name: "Salva" }).click();
  await expect(edit.getByText("Un'uscita pubblicata ha bisogno del link.")).toBeVisible();
  await publishCommunicationItem(company, post, `https://www.amicidelticino.it/news/${id}`);

  // The story: written by the company, approved by both, then on the public page.
  const story = `Dieci sabati sulle rive del Ticino (${id}): i dipendenti di Packaging Ticino e i volontari di Amici del Ticino hanno raccolto insieme la plastica lasciata sulle rive.`;
  await writeStory(company, story);
  const status = company.getByTestId("story-status");
  await expect(status).toContainText("impresa ✗");
  await expect(status).toContainText("Visibile sulla pagina pubblica: no");
  await approveStory(company);
  await expect(status).toContainText("impresa ✓");
  await expect(status).toContainText("ente del Terzo settore ✗");
  expect(await landingShows(browser, story)).toBe(false);

  const nonprofit = await openPartnership(browser, NONPROFIT);
  await openPartnershipTab(nonprofit, "Comunicazione");
  await expect(nonprofit.locator("main blockquote")).toHaveText(story);
  await approveStory(nonprofit);
  await expect(nonprofit.getByTestId("story-status")).toContainText("Visibile sulla pagina pubblica: sì");
  expect(await landingShows(browser, story)).toBe(true);
  await expectNoSeriousA11yViolations(nonprofit);

  // A party withdrawing its approval takes the story off the landing page at once (the
  // cached page is revalidated by the action), and approving again brings it back.
  await nonprofit.locator("main").getByRole("button", { name: "Ritira l'approvazione" }).click();
  await expect(nonprofit.getByTestId("story-status")).toContainText("Visibile sulla pagina pubblica: no");
  expect(await landingShows(browser, story)).toBe(false);
  await approveStory(nonprofit);
  await expect(nonprofit.getByTestId("story-status")).toContainText("Visibile sulla pagina pubblica: sì");
  expect(await landingShows(browser, story)).toBe(true);

  // An edit clears both approvals: the story leaves the public page until approved again.
  const edited = `${story} Le feste di quartiere ora usano stoviglie lavabili.`;
  await writeStory(nonprofit, edited);
  await expect(nonprofit.getByTestId("story-status")).toContainText("impresa ✗");
  await expect(nonprofit.getByTestId("story-status")).toContainText("ente del Terzo settore ✗");
  await expect(nonprofit.getByTestId("story-status")).toContainText("Visibile sulla pagina pubblica: no");
  expect(await landingShows(browser, story)).toBe(false);
  expect(await landingShows(browser, edited)).toBe(false);

  // The nonprofit's page still shows that text when the company rewrites it: approving
  // what it read is refused, since the text changed meanwhile.
  await company.reload();
  const rewritten = `${edited} Grazie a tutti!`;
  await writeStory(company, rewritten);
  await nonprofit.locator("main").getByRole("button", { name: "Approva il testo per la tua parte" }).click();
  await expect(nonprofit.locator("main").getByText("Qualcun altro ha modificato questi dati nel frattempo")).toBeVisible();
  await nonprofit.reload();
  await expect(nonprofit.locator("main blockquote")).toHaveText(rewritten);
  await expect(nonprofit.getByTestId("story-status")).toContainText("ente del Terzo settore ✗");
});
