import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { mailsTo } from "./support/mailbox";
import { logIn } from "./support/session";
import { connectAppDatabase } from "./support/app-database";

// Each test moves its own seeded partnership, so the tests do not depend on one another.

const column = (page: Page, phase: string) =>
  page.locator("main section").filter({ has: page.getByRole("heading", { level: 2, name: new RegExp(`^${phase}`) }) });
const card = (page: Page, phase: string, title: string) =>
  column(page, phase).getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: title }) });

async function openBoard(page: Page) {
  await logIn(page, DEMO_ACCOUNTS.staff);
  await expect(page).toHaveURL("/staff");
  await expect(page.getByRole("region", { name: "Bacheca delle partnership" })).toBeVisible();
  // dnd-kit mounts its screen-reader instructions once the board is interactive.
  await expect(page.getByText(/^Per spostare una partnership, porta il focus sulla maniglia/)).toBeAttached();
}

test("staff move a card with the mouse, and it stays in its new column after a reload", async ({ page }) => {
  const title = "Robotica al doposcuola";
  await openBoard(page);
  const handle = card(page, "Pianificazione e preparazione", title).getByRole("button", { name: `Trascina ${title}` });
  const target = column(page, "Negoziazione").getByRole("list");
  // In the middle of the window: near an edge dnd-kit starts auto-scrolling the page,
  // which would move the drop target away from under the pointer.
  await handle.evaluate((element) => element.scrollIntoView({ block: "center", inline: "nearest" }));
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error("The board is not laid out");
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 20, from.y + from.height / 2, { steps: 5 });
  // Across to the next column at the same height: the column's list is taller than the window.
  await page.mouse.move(to.x + to.width / 2, from.y + from.height / 2, { steps: 15 });
  await page.mouse.up();

  await expect(page.getByText(`${title} spostata in Negoziazione.`)).toBeVisible();
  await page.reload();
  await expect(card(page, "Negoziazione", title)).toBeVisible();
  await expect(card(page, "Pianificazione e preparazione", title)).toHaveCount(0);
});

test("staff move a card with the keyboard only, and it stays after a reload", async ({ page }) => {
  const title = "Libri per piccoli lettori";
  await openBoard(page);
  const handle = card(page, "Pianificazione e preparazione", title).getByRole("button", { name: `Trascina ${title}` });
  await handle.focus();
  await page.keyboard.press("Space");
  // Each step is announced in Italian to screen readers.
  await expect(handle).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByText(new RegExp(`^${title} è sopra Pianificazione e preparazione`))).toBeAttached();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByText(new RegExp(`^${title} è sopra Negoziazione`))).toBeAttached();
  await page.keyboard.press("Space");

  await expect(page.getByText(`${title} spostata in Negoziazione.`)).toBeVisible();
  await page.reload();
  await expect(card(page, "Negoziazione", title)).toBeVisible();
});

test("a move across a gate asks the reason, then applies it; undo moves it back", async ({ page }) => {
  const title = "Una sede senza barriere";
  await openBoard(page);
  const moving = card(page, "Accordo formale", title);
  await moving.getByText("Sposta in fase…").click();
  await moving.getByLabel(`Nuova fase di ${title}`).selectOption({ label: "Gestione del programma" });
  await moving.getByRole("button", { name: "Sposta", exact: true }).click();

  const dialog = page.getByRole("dialog", { name: `Perché sposti ${title} in Gestione del programma?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText("L'accordo non è firmato da entrambe le parti.")).toBeVisible();
  await dialog.getByLabel("Motivo (almeno 10 caratteri)").fill("corto");
  await dialog.getByRole("button", { name: "Sposta con questo motivo" }).click();
  await expect(dialog.getByText("Scrivi almeno 10 caratteri.")).toBeVisible();
  await dialog.getByLabel("Motivo (almeno 10 caratteri)").fill("Accordo firmato su carta, lo carichiamo a breve.");
  await dialog.getByRole("button", { name: "Sposta con questo motivo" }).click();

  await expect(page.getByText(`${title} spostata in Gestione del programma.`)).toBeVisible();
  await page.reload();
  await expect(card(page, "Gestione del programma", title)).toBeVisible();

  await openBoardMenuUndo(page, title);
});

async function openBoardMenuUndo(page: Page, title: string) {
  // Move it on once more, to a phase with no gate in between, then undo.
  const moving = card(page, "Gestione del programma", title);
  await moving.getByText("Sposta in fase…").click();
  await moving.getByLabel(`Nuova fase di ${title}`).selectOption({ label: "Comunicazione del programma" });
  await moving.getByRole("button", { name: "Sposta", exact: true }).click();
  await expect(page.getByText(`${title} spostata in Comunicazione del programma.`)).toBeVisible();
  await page.getByRole("button", { name: "Annulla lo spostamento" }).click();
  await expect(page.getByText(`Spostamento annullato: ${title} è tornata in Gestione del programma.`)).toBeVisible();
  await page.reload();
  await expect(card(page, "Gestione del programma", title)).toBeVisible();
}

test("a move undone at once tells nobody and leaves the days in phase as they were; a kept move is told after the grace", async ({ page }) => {
  test.setTimeout(120_000);
  const title = "Coding club per ragazze e ragazzi";
  const member = "impresa@insieme.demo";
  // The mailbox's header decoding may leave folding spaces: compare with spaces collapsed.
  const subjects = () => mailsTo(member).map((mail) => mail.subject.replace(/\s+/g, " ")).filter((subject) => subject.includes(title));
  const toldAbout = () => subjects().length;
  // Phase changes go to the daily digest by default: this member wants them at once.
  const db = await connectAppDatabase();
  try {
    const { id: userId } = await db.user.findUniqueOrThrow({ where: { email: member }, select: { id: true } });
    await db.notificationPreference.upsert({
      where: { userId_kind: { userId, kind: "PHASE_CHANGES" } },
      create: { userId, kind: "PHASE_CHANGES", delivery: "IMMEDIATE" },
      update: { delivery: "IMMEDIATE" },
    });
  } finally {
    await db.$disconnect();
  }
  const toldBefore = toldAbout();
  await openBoard(page);
  const cardText = (await card(page, "Gestione del programma", title).textContent()) ?? "";
  const daysBefore = /\d+ giorni in questa fase/.exec(cardText)?.[0] ?? "missing";
  expect(daysBefore).toMatch(/^\d+ giorni in questa fase$/);

  const moveOn = async () => {
    const moving = card(page, "Gestione del programma", title);
    await moving.getByText("Sposta in fase…").click();
    await moving.getByLabel(`Nuova fase di ${title}`).selectOption({ label: "Comunicazione del programma" });
    await moving.getByRole("button", { name: "Sposta", exact: true }).click();
    await expect(page.getByText(`${title} spostata in Comunicazione del programma.`)).toBeVisible();
  };
  await moveOn();
  await page.getByRole("button", { name: "Annulla lo spostamento" }).click();
  await expect(page.getByText(`Spostamento annullato: ${title} è tornata in Gestione del programma.`)).toBeVisible();
  await page.reload();
  await expect(card(page, "Gestione del programma", title)).toContainText(daysBefore);

  // The same move kept: told once the grace is over (15 s in the e2e server, the job runs every 10 s).
  await moveOn();
  await expect.poll(toldAbout, { timeout: 60_000, intervals: [1_000] }).toBe(toldBefore + 1);
  // Only the kept move was told: the undone one, due earlier, would have been claimed in the
  // same job run or before it, and its e-mail enqueued no later. Let the outbox settle.
  await page.waitForTimeout(5_000);
  expect(toldAbout()).toBe(toldBefore + 1);
  expect(subjects().at(-1)).toContain("Comunicazione del programma");
});

test("two staff sessions move the same card: one applies, the other sees the conflict", async ({ browser }) => {
  const title = "Tandem per tutti";
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await openBoard(first);
  await openBoard(second);

  const moveWithMenu = async (page: Page, to: string) => {
    const moving = card(page, "Negoziazione", title);
    await moving.getByText("Sposta in fase…").click();
    await moving.getByLabel(`Nuova fase di ${title}`).selectOption({ label: to });
    await moving.getByRole("button", { name: "Sposta", exact: true }).click();
  };
  await moveWithMenu(first, "Accordo formale");
  await expect(first.getByText(`${title} spostata in Accordo formale.`)).toBeVisible();
  await moveWithMenu(second, "Pianificazione e preparazione");

  await expect(
    second.getByText("La partnership è stata modificata da qualcun altro: la bacheca è stata aggiornata."),
  ).toBeVisible();
  // The refreshed board shows the move that was applied.
  await expect(card(second, "Accordo formale", title)).toBeVisible();
  await first.reload();
  await expect(card(first, "Accordo formale", title)).toBeVisible();
});

test("a partner is refused the board and its move endpoint", async ({ page }) => {
  await logIn(page, DEMO_ACCOUNTS.company);
  await expect(page).toHaveURL("/workspace");
  const response = await page.goto("/staff");
  expect(response?.status()).toBe(403);
  expect(await page.content()).not.toContain("Tandem per tutti");
  const move = await page.request.post("/staff/board/move", {
    data: { partnershipId: "x", fromPhase: "PLANNING", toPhase: "NEGOTIATION", expectedVersion: 0 },
  });
  expect(move.status()).toBe(403);
});

test("the board has no serious accessibility issue", async ({ page }) => {
  await openBoard(page);
  await expectNoSeriousA11yViolations(page);
  await page.getByText("Partnership chiuse (concluse e interrotte)").click();
  await expectNoSeriousA11yViolations(page);
});
