import { expect, test, type Page } from "@playwright/test";
import type { Database } from "@/lib/db/client";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { connectAppDatabase } from "./support/app-database";
import { filterBoard, waitForBoard } from "./support/board-steps";
import { logIn } from "./support/session";

// The board read page by page: a long column shows its first 20 cards and "Mostra altre",
// the closed columns are read when their section opens, and a card moved to the bottom of
// a column held only in part stays right after the last card shown. The cards are this
// file's own (titles "Pagina …", at the end of their columns, no other spec moves into
// Monitoraggio), and each test filters the board down to them.

const MONITORING = "Monitoraggio, misurazione e valutazione";
const LONG = 30;
const CLOSED = 25;
let db: Database;
const created: string[] = [];

const column = (page: Page, phase: string) =>
  page.locator("main section").filter({ has: page.getByRole("heading", { level: 2, name: new RegExp(`^${phase}`) }) });
const titles = (page: Page, phase: string) => column(page, phase).locator("li[data-card-id] h3").allInnerTexts();
const two = (index: number) => String(index).padStart(2, "0");

test.beforeAll(async () => {
  db = await connectAppDatabase();
  const company = await db.organization.findFirstOrThrow({ where: { kind: "COMPANY", status: "ACTIVE" }, select: { id: true } });
  const nonprofit = await db.organization.findFirstOrThrow({ where: { kind: "NONPROFIT", status: "ACTIVE" }, select: { id: true } });
  const base = { commonGoal: "Un obiettivo comune misurabile", companyId: company.id, nonprofitId: nonprofit.id };
  const rows = [
    ...Array.from({ length: LONG }, (_, index) => ({ ...base, title: `Pagina lunga ${two(index + 1)}`, phase: "MONITORING" as const, position: 1e9 + index * 1000 })),
    { ...base, title: "Pagina lunga in arrivo", phase: "COMMUNICATION" as const, position: 1e9 },
    ...Array.from({ length: CLOSED }, (_, index) => ({ ...base, title: `Pagina chiusa ${two(index + 1)}`, phase: "DISCONTINUED" as const, position: 1e9 + index * 1000 })),
  ];
  for (const data of rows) created.push((await db.partnership.create({ data, select: { id: true } })).id);
});

test.afterAll(async () => {
  await db.partnership.deleteMany({ where: { id: { in: created } } }).catch(() => undefined);
  await db.$disconnect();
});

async function openBoard(page: Page, q: string) {
  await logIn(page, DEMO_ACCOUNTS.staff);
  await expect(page).toHaveURL("/staff");
  await waitForBoard(page);
  await filterBoard(page, { q });
}

test("a long column shows its first 20 cards and its true count; Mostra altre reads the rest", async ({ page }) => {
  await openBoard(page, "Pagina lunga");
  const monitoring = column(page, MONITORING);
  await expect(monitoring.getByRole("heading", { level: 2 })).toContainText(`(${LONG})`);
  expect(await titles(page, MONITORING)).toEqual(Array.from({ length: 20 }, (_, index) => `Pagina lunga ${two(index + 1)}`));
  await monitoring.getByRole("button", { name: `Mostra altre 10 partnership di ${MONITORING}` }).click();
  await expect(monitoring.locator("li[data-card-id]")).toHaveCount(LONG);
  expect(await titles(page, MONITORING)).toEqual(Array.from({ length: LONG }, (_, index) => `Pagina lunga ${two(index + 1)}`));
  await expect(monitoring.getByRole("button", { name: /^Mostra altre/ })).toHaveCount(0);
});

test("a card moved to the bottom of a column held in part lands right after the last card shown, gate reason included", async ({ page }) => {
  const title = "Pagina lunga in arrivo";
  await openBoard(page, "Pagina lunga");
  const moving = column(page, "Comunicazione del programma").locator("li[data-card-id]").filter({ hasText: title });
  await moving.getByText("Sposta in fase…").click();
  await moving.getByLabel(`Nuova fase di ${title}`).selectOption({ label: MONITORING });
  await moving.getByRole("button", { name: "Sposta", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: `Perché sposti ${title} in ${MONITORING}?` });
  await dialog.getByLabel("Motivo (almeno 10 caratteri)").fill("Indicatori concordati a voce, li scriviamo domani.");
  await dialog.getByRole("button", { name: "Sposta con questo motivo" }).click();
  await expect(page.getByText(`${title} spostata in ${MONITORING}.`)).toBeVisible();

  // Still in view, under the 20th card, and counted: the column is read again that far.
  const monitoring = column(page, MONITORING);
  await expect(monitoring.getByRole("heading", { level: 2 })).toContainText(`(${LONG + 1})`);
  await expect(async () => expect((await titles(page, MONITORING)).slice(19, 21)).toEqual(["Pagina lunga 20", title])).toPass();
  // After a reload it is the first card of the next page, before "Pagina lunga 21".
  await page.reload();
  await waitForBoard(page);
  await monitoring.getByRole("button", { name: /^Mostra altre 11 partnership/ }).click();
  await expect(monitoring.locator("li[data-card-id]")).toHaveCount(LONG + 1);
  expect((await titles(page, MONITORING)).slice(19, 22)).toEqual(["Pagina lunga 20", title, "Pagina lunga 21"]);
});

test("the closed columns are read when their section opens, page by page", async ({ page }) => {
  await openBoard(page, "Pagina chiusa");
  const section = page.getByText("Partnership chiuse (concluse e interrotte)");
  await expect(page.locator("summary").filter({ hasText: "Partnership chiuse" })).toContainText(`(${CLOSED})`);
  // Nothing of them is in the page until then.
  expect(await page.content()).not.toContain("Pagina chiusa 01");
  await section.click();
  const discontinued = column(page, "Interrotta");
  await expect(discontinued.locator("li[data-card-id]")).toHaveCount(20);
  await expect(discontinued.getByRole("heading", { level: 2 })).toContainText(`(${CLOSED})`);
  await discontinued.getByRole("button", { name: /^Mostra altre 5 partnership/ }).click();
  await expect(discontinued.locator("li[data-card-id]")).toHaveCount(CLOSED);
  expect((await titles(page, "Interrotta")).at(-1)).toBe(`Pagina chiusa ${two(CLOSED)}`);
});

test("a partner is refused the column pages", async ({ page }) => {
  await logIn(page, DEMO_ACCOUNTS.company);
  await expect(page).toHaveURL("/workspace");
  const response = await page.request.get("/staff/board/column?phase=DISCONTINUED");
  expect(response.status()).toBe(403);
  expect(await response.text()).not.toContain("Pagina chiusa");
});
