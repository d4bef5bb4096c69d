import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { boardCard } from "./support/board-steps";
import { logIn } from "./support/session";

// How the board fits the screen: every column on a laptop, one at a time on a phone, and the
// result of a move in a toast that stays where the person is.

const board = (page: Page) => page.getByRole("region", { name: "Bacheca delle partnership" });

async function openBoard(page: Page) {
  await logIn(page, DEMO_ACCOUNTS.staff);
  await expect(page).toHaveURL("/staff");
  await expect(board(page)).toBeVisible();
  await expect(page.getByText(/^Per spostare una partnership, porta il focus sulla maniglia/)).toBeAttached();
}

async function expectEveryColumnInView(page: Page, width: number) {
  const headings = board(page).getByRole("heading", { level: 2 });
  // Proposte and the six open phases.
  await expect(headings).toHaveCount(7);
  for (const heading of await headings.all()) {
    await expect(heading).toBeVisible();
    const box = await heading.boundingBox();
    if (!box) throw new Error("A column heading is not laid out");
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
  }
  // No horizontal scrolling, neither of the page nor inside the board.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  expect(await board(page).evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
}

test("at 1366×768 every column is in view without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openBoard(page);
  await expectEveryColumnInView(page, 1366);
  await page.screenshot({ path: test.info().outputPath("board-1366.png") });
  await board(page).evaluate((element) => element.scrollIntoView());
  await page.screenshot({ path: test.info().outputPath("board-1366-cards.png") });

  // A wide screen uses the room too, without scrolling either.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expectEveryColumnInView(page, 1920);
  await page.screenshot({ path: test.info().outputPath("board-1920.png") });
});

test("on a phone one column is shown at a time, chosen with the switcher", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openBoard(page);
  const visibleHeadings = board(page).getByRole("heading", { level: 2 }).filter({ visible: true });
  await expect(visibleHeadings).toHaveCount(1);
  await expect(visibleHeadings).toHaveText(/^Proposte/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

  await page.getByLabel("Colonna da mostrare").selectOption("NEGOTIATION");
  await expect(visibleHeadings).toHaveCount(1);
  await expect(visibleHeadings).toHaveText(/^Negoziazione/);
  await expect(boardCard(page, "Tandem per tutti").or(boardCard(page, "Pane di ieri, pasti di oggi")).first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("board-390.png"), fullPage: true });
  await expectNoSeriousA11yViolations(page);
});

test("the result of a move and its Undo stay in view while scrolled down, until used", async ({ page }) => {
  test.setTimeout(90_000);
  const title = "Falegnameria inclusiva";
  await page.setViewportSize({ width: 1366, height: 768 });
  await openBoard(page);
  const moving = boardCard(page, title);
  await moving.getByText("Sposta in fase…").click();
  await moving.getByLabel(`Nuova fase di ${title}`).selectOption({ label: "Comunicazione del programma" });
  await moving.getByRole("button", { name: "Sposta", exact: true }).click();

  const toast = page.locator("[data-board-toast]");
  await expect(toast).toHaveRole("status");
  await expect(toast).toHaveAttribute("aria-live", "polite");
  await expect(toast).toContainText(`${title} spostata in Comunicazione del programma.`);
  // The page scrolled to its end: the toast is still on screen, over the board.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  const undo = toast.getByRole("button", { name: "Annulla lo spostamento" });
  await expect(undo).toBeInViewport({ ratio: 1 });
  // The move did not take the focus away from where the person was.
  expect(await page.evaluate(() => document.activeElement?.closest("[data-board-toast]") === null)).toBe(true);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: test.info().outputPath("board-toast.png") });

  // Long enough to use: an Undo stays until it is used or dismissed.
  await page.waitForTimeout(11_000);
  await expect(undo).toBeInViewport({ ratio: 1 });
  await undo.click();
  await expect(toast).toContainText(`Spostamento annullato: ${title} è tornata in Gestione del programma.`);
  await expect(toast).toBeInViewport();
  await toast.getByRole("button", { name: "Chiudi il messaggio" }).click();
  await expect(toast).toHaveText("");
  await expect(boardCard(page, title)).toBeVisible();
  await expect(
    page.locator("main section").filter({ has: page.getByRole("heading", { level: 2, name: /^Gestione del programma/ }) }).getByRole("heading", { level: 3, name: title }),
  ).toBeVisible();
});
