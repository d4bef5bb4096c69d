import { expect, type Page } from "@playwright/test";
import { parseEuroCents } from "@/lib/money/parse-amount";

// Browser steps of the partnership page's checklist, negotiation and messages, each taking a
// Page already on a partnership page (partner or staff view). Italian interface.

const main = (page: Page) => page.locator("main");

/** Opens a tab of the partnership page by its name ("Panoramica", "Negoziazione", "Messaggi"…). */
export async function openPartnershipTab(page: Page, name: string) {
  await page.getByRole("navigation", { name: "Sezioni della partnership" }).getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("navigation", { name: "Sezioni della partnership" }).getByRole("link", { name, exact: true })).toHaveAttribute("aria-current", "page");
}

/** Adds an item to the current phase's checklist, optionally assigned (by the person's name) and with a due date (YYYY-MM-DD). */
export async function addChecklistItem(page: Page, item: { text: string; assignee?: string; dueDate?: string }) {
  const form = main(page).locator("form", { has: page.getByRole("heading", { name: "Aggiungi una voce" }) });
  await form.getByLabel("Che cosa c'è da fare").fill(item.text);
  if (item.assignee) {
    const select = form.getByLabel(/^Assegnata a/);
    const value = await select.locator("option", { hasText: item.assignee }).first().getAttribute("value");
    await select.selectOption(value ?? "");
  }
  if (item.dueDate) await form.getByLabel(/^Scadenza/).fill(item.dueDate);
  await form.getByRole("button", { name: "Aggiungi la voce" }).click();
  await expect(form.getByRole("status")).toContainText("Voce aggiunta.");
  await expect(checklistItem(page, item.text)).toBeVisible();
}

/** The list item of a checklist entry, by its text. */
export function checklistItem(page: Page, text: string) {
  return main(page).getByRole("listitem").filter({ has: page.getByText(text, { exact: true }) }).first();
}

/** Ticks a checklist item and waits until the page shows it done. */
export async function tickChecklistItem(page: Page, text: string) {
  await main(page).getByRole("button", { name: `Segna come fatta: ${text}`, exact: true }).click();
  await expect(main(page).getByRole("button", { name: `Segna come da fare: ${text}`, exact: true })).toBeVisible();
}

/** Adds a planned contribution on the negotiation tab; staff also name the side (the organisation's name). */
export async function addContribution(page: Page, contribution: { kind: string; description: string; value?: string; side?: string }) {
  const form = main(page).locator("form", { has: page.getByRole("heading", { name: /^Aggiungi un contributo/ }) });
  if (contribution.side) await form.getByLabel("Di quale parte").selectOption({ label: contribution.side });
  await form.getByLabel("Tipo").selectOption({ label: contribution.kind });
  await form.getByLabel("Descrizione").fill(contribution.description);
  if (contribution.value !== undefined) await form.getByLabel(/^Valore in euro/).fill(contribution.value);
  await form.getByRole("button", { name: "Aggiungi il contributo" }).click();
  await expect(form.getByRole("status")).toContainText("Contributo aggiunto.");
  await expect(main(page).getByText(contribution.description, { exact: true })).toBeVisible();
}

/** The valued total of one side, in cents, read from the page ("Totale valorizzato: 1.234,50 €"). */
export async function readContributionTotal(page: Page, side: "company" | "nonprofit"): Promise<number> {
  const text = (await main(page).getByTestId(`total-${side}`).textContent()) ?? "";
  const amount = parseEuroCents(text.replace(/^[^:]*:/, ""));
  if (!amount.ok) throw new Error(`Unreadable total for ${side}: ${text}`);
  return amount.value;
}

/** Sends a message to the partnership's thread and waits for it to appear, newest last. */
export async function sendMessage(page: Page, text: string) {
  const form = main(page).locator("form", { has: page.getByLabel("Il tuo messaggio") });
  await form.getByLabel("Il tuo messaggio").fill(text);
  await form.getByRole("button", { name: "Invia il messaggio" }).click();
  await expect(form.getByRole("status")).toContainText("Messaggio inviato.");
  await expect(main(page).getByRole("list", { name: "Conversazione" }).getByRole("listitem").last()).toContainText(text);
}

/** Staff only: adds an internal note in the staff notes panel of the messages tab. */
export async function addStaffNote(page: Page, text: string) {
  const panel = main(page).getByRole("region", { name: /Note interne dello staff/ });
  await panel.getByLabel("Nuova nota interna").fill(text);
  await panel.getByRole("button", { name: "Aggiungi la nota" }).click();
  await expect(panel.getByText(text)).toBeVisible();
}
