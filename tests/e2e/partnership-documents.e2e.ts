import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, request, test, type Browser, type Page } from "@playwright/test";
import ical, { type VEvent } from "node-ical";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { addChecklistItem, openPartnershipTab } from "./support/collab-steps";
import { logIn } from "./support/session";

// "Pane di ieri, pasti di oggi": the company's contact keeps a signed agreement scan in the
// partnership's documents; the nonprofit's contact and CSV staff download the very bytes;
// another organisation's partner gets 404; an HTML page renamed .pdf is refused. Then the
// company's contact subscribes to the partnership's calendar, fetched as a calendar app would.

test.describe.configure({ mode: "serial" });
test.setTimeout(240_000);

const TITLE = "Pane di ieri, pasti di oggi";
const PARTNER_PASSWORD = "Demo-Partner-2026!";
const COMPANY = { email: "francesca.bellini@example.it", password: PARTNER_PASSWORD };
const NONPROFIT = { email: "sara.marchetti@example.it", password: PARTNER_PASSWORD };
const run = randomUUID().slice(0, 8);
const FILENAME = `Accordo firmato ${run} – copia è.pdf`;
const PDF = Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n% ${run}\n%%EOF\n`);

async function signedIn(browser: Browser, credentials: { email: string; password: string }, landing: string): Promise<Page> {
  const context = await browser.newContext({ locale: "it-IT" });
  const page = await context.newPage();
  await logIn(page, credentials);
  await expect(page).toHaveURL(landing);
  return page;
}

const main = (page: Page) => page.locator("main");
const uploadForm = (page: Page) => main(page).locator("form", { has: page.getByRole("heading", { name: "Aggiungi un documento" }) });

async function upload(page: Page, file: { name: string; mimeType: string; buffer: Buffer }, kind: string, description = "") {
  const form = uploadForm(page);
  await form.getByLabel("File").setInputFiles(file);
  await form.getByLabel("Tipo di documento").selectOption({ label: kind });
  if (description) await form.getByLabel("Descrizione").fill(description);
  await form.getByRole("button", { name: "Carica il documento" }).click();
}

test("a document uploaded by one partner is downloaded by the other and by staff, and by no other organisation", async ({ browser, baseURL }) => {
  const company = await signedIn(browser, COMPANY, "/workspace");
  await main(company).getByRole("link", { name: TITLE }).click();
  await expect(company.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  const partnershipId = new URL(company.url()).pathname.split("/").pop()!;

  await openPartnershipTab(company, "Documenti");
  await expect(company.getByRole("heading", { level: 2, name: "Documenti" })).toBeVisible();
  await expectNoSeriousA11yViolations(company);

  // An HTML page renamed .pdf is refused, on its content, and nothing appears.
  await upload(company, { name: `finto-${run}.pdf`, mimeType: "application/pdf", buffer: Buffer.from("<!doctype html><script>alert(1)</script>") }, "Altro");
  await expect(uploadForm(company)).toContainText("Questo tipo di file non si può caricare");
  await expect(main(company)).not.toContainText(`finto-${run}.pdf`);

  await upload(company, { name: FILENAME, mimeType: "application/pdf", buffer: PDF }, "Accordo firmato (scansione)", `Firmato da entrambi ${run}`);
  await expect(uploadForm(company)).toContainText("Documento aggiunto.");
  const item = main(company).getByRole("listitem").filter({ hasText: FILENAME });
  await expect(item).toContainText("Accordo firmato (scansione)");
  await expect(item).toContainText(`Firmato da entrambi ${run}`);
  await expect(item).toContainText("Aggiunto da Francesca Bellini");
  await expectNoSeriousA11yViolations(company);
  const link = item.getByRole("link", { name: `Scarica ${FILENAME}` });
  const documentPath = (await link.getAttribute("href"))!;
  expect(documentPath).toMatch(new RegExp(`^/partnerships/${partnershipId}/documents/\\w+$`));

  // The nonprofit's contact downloads it in the browser: the same bytes, under the same name.
  const nonprofit = await signedIn(browser, NONPROFIT, "/workspace");
  await nonprofit.goto(`/workspace/partnerships/${partnershipId}?tab=documents`);
  const [download] = await Promise.all([
    nonprofit.waitForEvent("download"),
    main(nonprofit).getByRole("listitem").filter({ hasText: FILENAME }).getByRole("link", { name: `Scarica ${FILENAME}` }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(FILENAME);
  expect(await readFile((await download.path())!)).toEqual(PDF);
  // Only the uploader (or staff) may delete it.
  await expect(main(nonprofit).getByRole("button", { name: `Elimina ${FILENAME}` })).toHaveCount(0);

  // Staff download it too; the answer is an attachment that the browser must not sniff.
  const staff = await signedIn(browser, DEMO_ACCOUNTS.staff, "/staff");
  const staffAnswer = await staff.request.get(documentPath);
  expect(staffAnswer.status()).toBe(200);
  expect(Buffer.from(await staffAnswer.body())).toEqual(PDF);
  expect(staffAnswer.headers()["content-type"]).toBe("application/pdf");
  expect(staffAnswer.headers()["x-content-type-options"]).toBe("nosniff");
  expect(staffAnswer.headers()["content-disposition"]).toContain(`filename*=UTF-8''${encodeURIComponent(FILENAME)}`);

  // Another organisation's partner: 404 on the file and on the partnership's page.
  const outsider = await signedIn(browser, DEMO_ACCOUNTS.company, "/workspace");
  expect((await outsider.request.get(documentPath)).status()).toBe(404);
  expect((await outsider.request.get(`/workspace/partnerships/${partnershipId}?tab=documents`)).status()).toBe(404);

  // The calendar: the company's contact adds an item due in 10 days and creates its address;
  // a calendar app (no cookies) reads valid iCalendar holding that item on its day.
  await company.goto(`/workspace/partnerships/${partnershipId}`);
  const due = new Date(Date.now() + 10 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  const dueItem = `Portare la copia firmata ${run}`;
  await addChecklistItem(company, { text: dueItem, dueDate: due });
  await main(company).getByRole("button", { name: "Crea il mio indirizzo del calendario" }).click();
  const address = await main(company).getByRole("textbox", { name: "Solo questa partnership" }).inputValue();
  expect(address).toMatch(new RegExp(`^${baseURL}/calendar\\.ics\\?token=[\\w-]{43}&partnership=${partnershipId}$`));
  await expectNoSeriousA11yViolations(company);
  const calendarApp = await request.newContext();
  const feed = await calendarApp.get(address);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const events = Object.values(ical.sync.parseICS(await feed.text())).filter((entry): entry is VEvent => entry?.type === "VEVENT");
  const event = events.find((entry) => String(entry.summary).includes(dueItem));
  expect(event).toBeDefined();
  expect(event!.datetype).toBe("date");
  const start = event!.start;
  expect(`${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, "0")}-${String(start.getDate()).padStart(2, "0")}`).toBe(due);
  expect(event!.url).toBe(`${baseURL}/workspace/partnerships/${partnershipId}`);
  expect((await calendarApp.get(address.replace(/token=./, "token=_"))).status()).toBe(404);
  await calendarApp.dispose();

  // Clean up: the uploader deletes it, and it is gone for everyone.
  await company.goto(`/workspace/partnerships/${partnershipId}?tab=documents`);
  await main(company).getByRole("button", { name: `Elimina ${FILENAME}` }).click();
  await expect(main(company).getByRole("listitem").filter({ hasText: FILENAME })).toHaveCount(0);
  expect((await staff.request.get(documentPath)).status()).toBe(404);
});

test("a file of exactly 10 MB goes through the proxy and the route; one over is refused with 413 and a message", async ({ browser, baseURL }) => {
  const company = await signedIn(browser, COMPANY, "/workspace");
  await main(company).getByRole("link", { name: TITLE }).click();
  await expect(company.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  const partnershipId = new URL(company.url()).pathname.split("/").pop()!;
  const big = Buffer.alloc(10 * 1024 * 1024, 0x20);
  big.write(`%PDF-1.4\n% ${run}\n`);
  const name = `grande-${run}.pdf`;
  const sent = await company.request.post(`/partnerships/${partnershipId}/documents`, {
    headers: { origin: baseURL! },
    multipart: { kind: "REPORT", file: { name, mimeType: "application/pdf", buffer: big } },
  });
  expect(sent.status()).toBe(201);
  const { id } = (await sent.json()) as { id: string };
  const back = await company.request.get(`/partnerships/${partnershipId}/documents/${id}`);
  expect(Buffer.from(await back.body()).equals(big)).toBe(true);

  const over = await company.request.post(`/partnerships/${partnershipId}/documents`, {
    headers: { origin: baseURL! },
    multipart: { kind: "REPORT", file: { name: `troppo-${run}.pdf`, mimeType: "application/pdf", buffer: Buffer.concat([big, Buffer.from(" ")]) } },
  });
  expect(over.status()).toBe(413);

  // In the page, a file over the limit is stopped before it is sent, with the reason.
  await company.goto(`/workspace/partnerships/${partnershipId}?tab=documents`);
  await upload(company, { name: `troppo-${run}.pdf`, mimeType: "application/pdf", buffer: Buffer.concat([big, Buffer.from(" ")]) }, "Rapporto");
  await expect(uploadForm(company)).toContainText("Il file supera i 10 MB");
  await expect(main(company).getByRole("listitem").filter({ hasText: `troppo-${run}.pdf` })).toHaveCount(0);

  await main(company).getByRole("button", { name: `Elimina ${name}` }).click();
  await expect(main(company).getByRole("listitem").filter({ hasText: name })).toHaveCount(0);
});
