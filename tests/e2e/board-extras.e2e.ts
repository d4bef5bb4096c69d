import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { boardCard, filterBoard, openCardHistory, setSoftLimit, waitForBoard } from "./support/board-steps";
import { logIn } from "./support/session";

// Filters, soft limits and the card history of the staff board. Only "Libri per piccoli
// lettori" (one of the cards board.e2e.ts moves) is moved here, and it is put back.

async function openBoard(page: Page) {
  await logIn(page, DEMO_ACCOUNTS.staff);
  await expect(page).toHaveURL("/staff");
  await waitForBoard(page);
}

test("filters by owner and name live in the URL: a reload keeps them, and Azzera filtri clears them", async ({ page }) => {
  await openBoard(page);
  await filterBoard(page, { owner: "Senza referente", q: "piccoli LETTORI" });

  await expect(page).toHaveURL(/owner=unassigned/);
  await expect(page).toHaveURL(/q=piccoli\+LETTORI/);
  await expect(boardCard(page, "Libri per piccoli lettori")).toBeVisible();
  // Followed by Marco Bianchi: hidden by the owner filter.
  await expect(boardCard(page, "Pane di ieri, pasti di oggi")).toHaveCount(0);
  await expect(page.getByText(/^\d+ schede sono nascoste dai filtri\.$/)).toBeVisible();

  await page.reload();
  await waitForBoard(page);
  const form = page.getByRole("search", { name: "Filtri" });
  await expect(form.getByLabel("Cerca per nome")).toHaveValue("piccoli LETTORI");
  await expect(form.getByLabel("Referente CSV", { exact: true })).toHaveValue("unassigned");
  await expect(boardCard(page, "Libri per piccoli lettori")).toBeVisible();
  await expect(boardCard(page, "Pane di ieri, pasti di oggi")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Azzera filtri" }).click();
  await expect(page).toHaveURL("/staff");
  await expect(boardCard(page, "Pane di ieri, pasti di oggi")).toBeVisible();

  // "mine": the cards Marco Bianchi (staff@) follows.
  await page.goto("/staff?owner=mine");
  await expect(boardCard(page, "Pane di ieri, pasti di oggi")).toBeVisible();
  await expect(boardCard(page, "Libri per piccoli lettori")).toHaveCount(0);
});

test("a soft limit set from the column header warns in words when exceeded, and can be cleared", async ({ page }) => {
  await openBoard(page);
  const column = await setSoftLimit(page, "Comunicazione del programma", "1");
  await expect(column.getByText("Limite salvato.")).toBeVisible();
  await expect(column.getByText(/^Oltre il limite: \d+ su 1$/)).toBeVisible();

  // Out of range: a clear message, nothing saved.
  await column.getByLabel("Limite indicativo per Comunicazione del programma").fill("0");
  await column.getByRole("button", { name: "Salva il limite" }).click();
  await expect(column.getByText("Scrivi un numero intero da 1 a 500, o lascia vuoto per togliere il limite.")).toBeVisible();
  await expect(column.getByLabel("Limite indicativo per Comunicazione del programma")).toHaveAttribute("aria-invalid", "true");
  await page.reload();
  await waitForBoard(page);
  const reloaded = page.locator("main section").filter({ has: page.getByRole("heading", { level: 2, name: /^Comunicazione del programma/ }) });
  await expect(reloaded.getByText(/^Oltre il limite: \d+ su 1$/)).toBeVisible();

  await setSoftLimit(page, "Comunicazione del programma", "");
  await expect(reloaded.getByText("Limite salvato.")).toBeVisible();
  await expect(reloaded.getByText(/Oltre il limite/)).toHaveCount(0);
});

test("after a move and its undo with the filters on, the card's history tells who moved it, from where to where, and that it was undone", async ({ page }) => {
  const title = "Scarpe e lavoro per ripartire";
  await openBoard(page);
  await filterBoard(page, { q: title });
  const moving = boardCard(page, title);
  await expect(moving).toBeVisible();
  // Move it one step and back (whichever column it is in now).
  const inPlanning = (await page.locator("main section").filter({ has: page.getByRole("heading", { level: 2, name: /^Pianificazione/ }) }).locator("li[data-card-id]").count()) > 0;
  const [from, to] = inPlanning ? ["Pianificazione e preparazione", "Negoziazione"] : ["Negoziazione", "Pianificazione e preparazione"];
  await moving.getByText("Sposta in fase…").click();
  await moving.getByLabel(`Nuova fase di ${title}`).selectOption({ label: to });
  await moving.getByRole("button", { name: "Sposta", exact: true }).click();
  await expect(page.getByText(`${title} spostata in ${to}.`)).toBeVisible();
  await expect(page).toHaveURL(/q=Scarpe/);
  await page.getByRole("button", { name: "Annulla lo spostamento" }).click();
  await expect(page.getByText(`Spostamento annullato: ${title} è tornata in ${from}.`)).toBeVisible();

  await openCardHistory(page, title);
  await expect(page).toHaveURL(/tab=history/);
  const entries = page.getByRole("region", { name: "Storico delle modifiche" }).locator("ol > li");
  // An undo is its own entry (not a move back), above the move it undid.
  await expect(entries.first()).toContainText("Marco Bianchi ha annullato lo spostamento sulla bacheca");
  await expect(entries.nth(1)).toContainText(`Marco Bianchi l'ha spostata da ${from} a ${to}`);
  await expectNoSeriousA11yViolations(page);
});

test("a partner gets 403 on the board, with no board data in the page", async ({ page }) => {
  await logIn(page, DEMO_ACCOUNTS.company);
  await expect(page).toHaveURL("/workspace");
  for (const path of ["/staff", "/staff?owner=unassigned&q=libri"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    const html = await page.content();
    expect(html).not.toContain("Libri per piccoli lettori");
    expect(html).not.toContain("Proposte");
    expect(html).not.toContain("data-board-ready");
  }
});
