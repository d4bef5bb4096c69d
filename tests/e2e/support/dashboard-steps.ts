import { expect, type Page } from "@playwright/test";

// Browser steps around the staff dashboard, for this area's test and later journeys.

/** The board's columns and the dashboard's rows, in board order. */
export const PHASE_NAMES = [
  "Pianificazione e preparazione",
  "Negoziazione",
  "Accordo formale",
  "Gestione del programma",
  "Comunicazione del programma",
  "Monitoraggio, misurazione e valutazione",
  "Conclusa",
  "Interrotta",
] as const;

/** Opens the dashboard through the main navigation, as staff find it. */
export async function openDashboard(page: Page) {
  await page.getByRole("navigation", { name: "Navigazione principale" }).getByRole("link", { name: "Cruscotto" }).click();
  await expect(page).toHaveURL("/staff/dashboard");
  await expect(page.locator("main").getByRole("heading", { level: 1, name: "Cruscotto del programma" })).toBeVisible();
}

/** How many cards each column of the board holds (the closed columns unfolded). */
export async function readBoardCounts(page: Page): Promise<number[]> {
  await page.goto("/staff");
  await expect(page.getByRole("region", { name: "Bacheca delle partnership" })).toBeVisible();
  // The closed columns are folded away under their own heading.
  await page.locator("main summary").filter({ hasText: "Partnership chiuse (concluse e interrotte)" }).click();
  const counts: number[] = [];
  for (const phase of PHASE_NAMES) {
    const column = page.locator("main section").filter({ has: page.getByRole("heading", { level: 2, name: new RegExp(`^${phase}`) }) });
    counts.push(await column.getByRole("heading", { level: 3 }).count());
  }
  return counts;
}

/** The dashboard's count of partnerships in each phase, read from its table. */
export async function readDashboardPhaseCounts(page: Page): Promise<number[]> {
  await page.goto("/staff/dashboard");
  const table = page.getByRole("table", { name: "Quante partnership ci sono in ogni fase, comprese quelle chiuse" });
  const counts: number[] = [];
  for (const phase of PHASE_NAMES) {
    const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: phase, exact: true }) });
    counts.push(Number(await row.getByRole("cell").first().textContent()));
  }
  return counts;
}
