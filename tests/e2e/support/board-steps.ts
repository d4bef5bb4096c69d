import { expect, type Page } from "@playwright/test";

// Browser steps of the staff board, for this area's tests and later journeys.

/** The staff board is interactive: React hydrated it (the Board sets this attribute). */
export async function waitForBoard(page: Page) {
  await expect(page.locator("[data-board-ready=true]")).toBeAttached();
}

/** Fills the board's filter form (a GET form) and applies it. Takes a Page on /staff. */
export async function filterBoard(page: Page, filters: { q?: string; owner?: string; flagged?: boolean }) {
  const form = page.getByRole("search", { name: "Filtri" });
  if (filters.q !== undefined) await form.getByLabel("Cerca per nome").fill(filters.q);
  if (filters.owner !== undefined) await form.getByLabel("Referente CSV", { exact: true }).selectOption({ label: filters.owner });
  if (filters.flagged !== undefined) await form.getByLabel("Solo con segnalazioni").setChecked(filters.flagged);
  await form.getByRole("button", { name: "Applica i filtri" }).click();
  await page.waitForURL(/\/staff\?/);
  await waitForBoard(page);
}

/** A card on the board, wherever its column. */
export function boardCard(page: Page, title: string) {
  return page.locator("main li[data-card-id]").filter({ has: page.getByRole("heading", { level: 3, name: title }) });
}

/** Sets a column's soft limit from its header (empty text clears it). */
export async function setSoftLimit(page: Page, column: string, limit: string) {
  const section = page.locator("main section").filter({ has: page.getByRole("heading", { level: 2, name: new RegExp(`^${column}`) }) });
  await section.getByText("Limite…").click();
  await section.getByLabel(`Limite indicativo per ${column}`).fill(limit);
  await section.getByRole("button", { name: "Salva il limite" }).click();
  return section;
}

/** Opens a card's history from its "Storico" link. */
export async function openCardHistory(page: Page, title: string) {
  // The history link is among the card's details, rendered on demand. A board refresh (after
  // a move or an undo) may re-render the card and close them: open again until the link's
  // address can be read, then follow it.
  let href: string | null = null;
  await expect(async () => {
    const card = boardCard(page, title);
    const link = card.getByRole("link", { name: `Storico di ${title}` });
    if (!(await link.isVisible())) await card.locator("summary").filter({ hasText: `Dettagli di ${title}` }).click({ timeout: 2_000 });
    href = await link.getAttribute("href", { timeout: 2_000 });
    expect(href).toMatch(/tab=history/);
  }).toPass({ timeout: 20_000 });
  await page.goto(href!);
  await expect(page.getByRole("heading", { level: 2, name: "Storico delle modifiche" })).toBeVisible();
}
