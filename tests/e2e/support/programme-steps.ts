import { expect, type Locator, type Page } from "@playwright/test";
import { addDays, todayInRome } from "@/lib/dates/rome-calendar";
import { parseEuroCents, parseHoursHundredths } from "@/lib/money/parse-amount";

// Browser steps of the programme and communication tabs, each taking a page already on a
// partnership page (any tab): a later journey composes them across all six phases.

/** Opens a tab of the partnership page ("Programma", "Comunicazione", ...) from its tab bar. */
export async function openPartnershipTab(page: Page, name: string) {
  const link = page.getByRole("navigation", { name: "Sezioni della partnership" }).getByRole("link", { name, exact: true });
  if ((await link.getAttribute("aria-current")) !== "page") await link.click();
  await expect(link).toHaveAttribute("aria-current", "page");
}

/** A calendar day `days` from today, as a date input takes it. */
export function dayFromToday(days: number): string {
  return addDays(todayInRome(), days);
}

/** The card of one activity, or one item of the communication plan, by its title. */
export function itemCard(page: Page, title: string): Locator {
  return page.locator("main li").filter({ has: page.getByRole("heading", { level: 3, name: title, exact: true }) });
}

/** Opens a card's edit disclosure (if it is not open already). */
export async function openEditor(card: Locator) {
  const open = await card.locator("details").evaluate((element) => (element as HTMLDetailsElement).open);
  if (!open) await card.locator("summary").click();
}

/** A badge (kind, status) on a card, not the same word among the options of its edit form. */
export function badge(card: Locator, text: string): Locator {
  return card.locator("span", { hasText: new RegExp(`^${text}$`) });
}

export async function addActivity(page: Page, activity: { kind?: "Attività" | "Traguardo"; title: string; dueOn: string; startsOn?: string; description?: string }) {
  await openPartnershipTab(page, "Programma");
  const form = page.getByRole("form", { name: "Aggiungi un'attività o un traguardo" });
  await form.getByRole("radio", { name: activity.kind ?? "Attività" }).check();
  await form.getByLabel("Titolo").fill(activity.title);
  if (activity.description) await form.getByLabel("Descrizione").fill(activity.description);
  if (activity.startsOn) await form.getByLabel("Inizio").fill(activity.startsOn);
  await form.getByLabel("Scadenza").fill(activity.dueOn);
  await form.getByRole("button", { name: "Aggiungi" }).click();
  await expect(itemCard(page, activity.title)).toBeVisible();
  await expect(form.getByLabel("Titolo")).toHaveValue("");
}

export async function tickActivity(page: Page, title: string) {
  await openPartnershipTab(page, "Programma");
  await itemCard(page, title).getByRole("button", { name: `Segna come fatta: ${title}` }).click();
  await expect(badge(itemCard(page, title), "Fatta")).toBeVisible();
}

export type SideTotals = { moneyCents: number; hoursHundredths: number };

/** The running totals of one side ("Impresa" or "Ente del Terzo settore") as the page shows them. */
export async function readTotals(page: Page, side: string): Promise<SideTotals> {
  const region = page.getByRole("region", { name: `Totali per parte: ${side}` });
  const valueOf = async (term: string) => (await region.locator("dt", { hasText: term }).locator("xpath=following-sibling::dd[1]").innerText()).trim();
  const money = parseEuroCents(await valueOf("Denaro"));
  const hours = parseHoursHundredths(await valueOf("Ore di volontariato"));
  if (!money.ok || !hours.ok) throw new Error(`Unreadable totals for ${side}`);
  return { moneyCents: money.value, hoursHundredths: hours.value };
}

export async function logDeliveredContribution(
  page: Page,
  entry: { kind: "Denaro" | "Ore di volontariato" | "Competenze" | "Beni" | "Spazi" | "Servizi" | "Altro"; description: string; deliveredOn?: string; hours?: string; value?: string; side?: string },
) {
  await openPartnershipTab(page, "Programma");
  const form = page.getByRole("form", { name: "Registra un contributo" });
  if (entry.side) await form.getByLabel("Parte che ha dato il contributo").selectOption({ label: entry.side });
  await form.getByLabel("Tipo di contributo").selectOption({ label: entry.kind });
  await form.getByLabel("Che cosa è stato dato").fill(entry.description);
  if (entry.deliveredOn) await form.getByLabel("Data della consegna").fill(entry.deliveredOn);
  if (entry.hours) await form.getByLabel("Ore di volontariato").fill(entry.hours);
  if (entry.value) await form.getByLabel(/^(Importo|Valore) in euro/).fill(entry.value);
  await form.getByRole("button", { name: "Registra" }).click();
  await expect(page.locator("main li").filter({ hasText: entry.description })).toBeVisible();
}

export async function addCommunicationItem(page: Page, item: { channel: string; title: string; plannedOn: string; status?: string; link?: string }) {
  await openPartnershipTab(page, "Comunicazione");
  const form = page.getByRole("form", { name: "Aggiungi un'uscita al piano" });
  await form.getByLabel("Canale").selectOption({ label: item.channel });
  await form.getByLabel("Titolo").fill(item.title);
  await form.getByLabel("Data prevista").fill(item.plannedOn);
  if (item.status) await form.getByLabel("Stato").selectOption({ label: item.status });
  if (item.link) await form.getByLabel("Link").fill(item.link);
  await form.getByRole("button", { name: "Aggiungi" }).click();
  await expect(itemCard(page, item.title)).toBeVisible();
}

/** Marks an item of the plan as published, with the link where it can be read. */
export async function publishCommunicationItem(page: Page, title: string, link: string) {
  await openPartnershipTab(page, "Comunicazione");
  const card = itemCard(page, title);
  await openEditor(card);
  const form = page.getByRole("form", { name: `Modifica: ${title}` });
  await form.getByLabel("Stato").selectOption({ label: "Pubblicata" });
  await form.getByLabel("Link").fill(link);
  await form.getByRole("button", { name: "Salva" }).click();
  await expect(badge(card, "Pubblicata")).toBeVisible();
  await expect(card.getByRole("link", { name: `Apri il link: ${title}` })).toHaveAttribute("href", link);
}

/** Writes (or rewrites) the joint public story. */
export async function writeStory(page: Page, text: string) {
  await openPartnershipTab(page, "Comunicazione");
  const form = page.getByRole("form", { name: /^(Scrivi|Modifica) la storia$/ });
  await form.getByLabel("Testo della storia").fill(text);
  await form.getByRole("button", { name: "Salva la storia" }).click();
  await expect(page.locator("main blockquote")).toHaveText(text);
}

/** The viewer's party approves the story as it reads it now. */
export async function approveStory(page: Page) {
  await openPartnershipTab(page, "Comunicazione");
  await page.locator("main").getByRole("button", { name: "Approva il testo per la tua parte" }).click();
  await expect(page.locator("main").getByText("La tua parte ha approvato questo testo.")).toBeVisible();
}
