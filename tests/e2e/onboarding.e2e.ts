import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { DEMO_PARTNER_PASSWORD } from "@/prisma/seed/demo-users";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { logIn, logOut } from "./support/session";

// Two seeded organisations waiting for approval: Genitori Trivolzio has saved steps 1–2 of
// its questionnaire, Assicurazioni Iriense has submitted it. Each test changes only its own.
const DRAFT_OWNER = { email: "anna.lombardi@example.it", password: DEMO_PARTNER_PASSWORD };
const SUBMITTED_OWNER = { email: "matteo.greco@example.it", password: DEMO_PARTNER_PASSWORD };

async function openReview(page: Page, name: string) {
  await page.goto("/staff/organizations");
  await page.locator("main").getByRole("link", { name: `Esamina ${name}` }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

test("a pending nonprofit resumes its questionnaire, submits it, and is active once staff approve", async ({ page }) => {
  await logIn(page, DRAFT_OWNER);
  await expect(page).toHaveURL("/workspace");
  const main = page.locator("main");
  await expect(main.getByRole("heading", { name: "Completa il questionario" })).toBeVisible();
  await expect(main.getByText("2 passi su 4 completati")).toBeVisible();
  await main.getByRole("link", { name: "Riprendi dal passo 3" }).click();

  // Step 3, where the draft stopped.
  await expect(main.locator("#questionnaire-progress")).toHaveText("Passo 3 di 5");
  await expect(main.getByRole("heading", { name: "Cosa offriamo e cosa cerchiamo" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await main.getByRole("button", { name: "Salva e continua" }).click();
  await expect(main.getByRole("group", { name: "Cosa possiamo offrire" }).getByText("Scegli almeno una voce.")).toBeVisible();
  await expect(main.getByLabel("Volontari aziendali che possiamo accogliere insieme")).toHaveAttribute("aria-invalid", "true");

  await main.getByRole("group", { name: "Cosa possiamo offrire" }).getByLabel("Occasioni di volontariato per i dipendenti").check();
  await main.getByRole("group", { name: "Cosa cerchiamo" }).getByLabel("Contributo economico").check();
  await main.getByLabel("Volontari aziendali che possiamo accogliere insieme").fill("4");
  await main.getByLabel("Budget del progetto proposto").fill("3000");
  await main.getByRole("button", { name: "Salva e continua" }).click();
  await expect(main.locator("#questionnaire-progress")).toHaveText("Passo 4 di 5");

  // Leaving and coming back resumes at the next unsaved step.
  await page.goto("/workspace/profile");
  await expect(main.locator("#questionnaire-progress")).toHaveText("Passo 4 di 5");
  await main.getByRole("group", { name: "Durate che accettiamo" }).getByLabel("Annuale").check();
  await main.getByRole("button", { name: "Salva e continua" }).click();

  await expect(main.locator("#questionnaire-progress")).toHaveText("Passo 5 di 5");
  await expect(main.getByRole("heading", { name: "Riepilogo e invio" })).toBeVisible();
  await expect(main.getByText("Occasioni di volontariato per i dipendenti")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await main.getByRole("button", { name: "Invia per l'approvazione" }).click();
  await expect(main.getByText("Questionario inviato. Lo staff del CSV Pavia lo esaminerà presto.")).toBeVisible();
  await expect(main.getByText(/lo staff del CSV Pavia lo sta esaminando/)).toBeVisible();
  await logOut(page);

  await logIn(page, DEMO_ACCOUNTS.staff);
  await expect(page).toHaveURL("/staff");
  await page.goto("/staff/organizations");
  await expect(page.getByRole("heading", { level: 1, name: "Organizzazioni" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await openReview(page, "Associazione Genitori Trivolzio APS");
  await expect(main.getByText("Occasioni di volontariato per i dipendenti")).toBeVisible();
  // The history speaks in sentences, never in codes.
  await expect(main.getByText(/^Anna Lombardi ha inviato il questionario per l'approvazione$/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await main.getByRole("button", { name: "Approva" }).click();
  await expect(main.getByText("Organizzazione approvata: ora è attiva.")).toBeVisible();
  await logOut(page);

  await logIn(page, DRAFT_OWNER);
  await expect(main.getByText("Attiva", { exact: true })).toBeVisible();
  await expect(main.getByText(/La tua organizzazione è attiva/)).toBeVisible();
});

test("staff ask for changes with a required message, which the partner then reads", async ({ page }) => {
  await logIn(page, DEMO_ACCOUNTS.staff);
  await expect(page).toHaveURL("/staff");
  const unknown = await page.goto("/staff/organizations/nessuna-organizzazione");
  expect(unknown?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Pagina non trovata" })).toBeVisible();
  await openReview(page, "Assicurazioni Iriense S.r.l.");
  const main = page.locator("main");
  await main.getByRole("button", { name: "Chiedi modifiche" }).click();
  await expect(main.getByText("Scrivi un messaggio di almeno 5 caratteri.")).toBeVisible();
  await expect(main.getByLabel("Messaggio all'organizzazione")).toHaveAttribute("aria-invalid", "true");
  await main.getByLabel("Messaggio all'organizzazione").fill("Indicate anche il numero di dipendenti aggiornato.");
  await main.getByRole("button", { name: "Chiedi modifiche" }).click();
  await expect(main.getByText("Richiesta di modifiche inviata.")).toBeVisible();
  await logOut(page);

  await logIn(page, SUBMITTED_OWNER);
  await expect(main.getByText("Indicate anche il numero di dipendenti aggiornato.")).toBeVisible();
  await main.getByRole("link", { name: "Correggi il questionario" }).click();
  await expect(main.getByRole("heading", { name: "Riepilogo e invio" })).toBeVisible();
  await expect(main.getByText("Indicate anche il numero di dipendenti aggiornato.")).toBeVisible();
});

test("profile export is a JSON download for staff only", async ({ page, request }) => {
  const anonymous = await request.get("/staff/profiles/export", { maxRedirects: 0 });
  expect([401, 307, 302]).toContain(anonymous.status());
  await logIn(page, DEMO_ACCOUNTS.staff);
  await expect(page).toHaveURL("/staff");
  await page.goto("/staff/profiles");
  await expect(page.getByRole("heading", { level: 1, name: "Import ed export dei profili" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const response = await page.request.get("/staff/profiles/export");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="insieme-profili-/);
  const body = (await response.json()) as { version: number; profiles: { kind: string }[] };
  expect(body.version).toBe(1);
  expect(body.profiles.length).toBeGreaterThan(60);

  await page.locator("main").getByLabel("File JSON (massimo 2 MB)").setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from('{"version":1,"profiles":[{"id":"x","kind":"company"}]}') });
  await page.locator("main").getByRole("button", { name: "Importa i profili" }).click();
  await expect(page.getByText("Il file non è stato importato. Correggi questi errori e riprova:")).toBeVisible();
  await logOut(page);

  await logIn(page, DEMO_ACCOUNTS.company);
  await expect(page).toHaveURL("/workspace");
  expect((await page.request.get("/staff/profiles/export")).status()).toBe(403);
});

test("the comune and ATECO fields are comboboxes fed by the server, usable by keyboard alone", async ({ page, request }) => {
  // The search endpoints: checked input, at most 20 results, no registry in the page.
  expect((await request.get("/api/ateco?q=")).status()).toBe(400);
  const ateco = await (await request.get("/api/ateco?q=62.10")).json();
  expect(ateco.results.map((result: { code: string }) => result.code)).toEqual(["62.10", "62.10.0", "62.10.00"]);
  const comuni = await (await request.get("/api/comuni?q=san")).json();
  expect(comuni.results).toHaveLength(20);

  await logIn(page, DEMO_ACCOUNTS.company);
  await expect(page).toHaveURL("/workspace");
  await page.goto("/workspace/profile?step=1");
  const main = page.locator("main");
  await expect(main.locator("#questionnaire-progress")).toHaveText("Passo 1 di 5");

  const comune = main.getByRole("combobox", { name: "Comune della sede" });
  await comune.fill("");
  await comune.pressSequentially("pavi");
  await expect(main.getByRole("listbox")).toBeVisible();
  await expect(main.getByRole("option", { name: "Pavia (PV) — Lombardia", exact: true })).toBeVisible();
  await expect(main.getByRole("status").filter({ hasText: "risultati" })).toHaveText(/\d+ risultati/);
  await comune.press("ArrowDown");
  await expect(comune).toHaveAttribute("aria-activedescendant", /.+/);
  await comune.press("Enter");
  await expect(comune).toHaveValue("Pavia");
  await expect(main.getByRole("listbox")).toBeHidden();

  const code = main.getByRole("combobox", { name: "Codice ATECO 2025 (facoltativo)" });
  await expect(code).toHaveValue("62.10");
  await code.fill("");
  await code.pressSequentially("programmazione inform");
  const option = main.getByRole("option", { name: "62.10.00 — Attività di programmazione informatica", exact: true });
  await expect(option).toBeVisible();
  // Move down until the wanted option is the active one, then choose it with Enter.
  const optionId = await option.getAttribute("id");
  for (let i = 0; i < 20 && (await code.getAttribute("aria-activedescendant")) !== optionId; i++) await code.press("ArrowDown");
  await code.press("Enter");
  await expect(code).toHaveValue("62.10.00");
  await expect(main.getByText("62.10.00 — Attività di programmazione informatica")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A code outside ATECO 2025 is refused by the server on its field.
  await code.fill("62.01.00");
  await code.press("Escape");
  await main.getByRole("button", { name: "Salva e continua" }).click();
  await expect(main.getByText("Questo codice non esiste in ATECO 2025: scegli un codice dall'elenco.")).toBeVisible();
  await expect(code).toHaveAttribute("aria-invalid", "true");

  await code.fill("");
  await code.pressSequentially("62.10.0");
  await expect(main.getByRole("option", { name: "62.10.00 — Attività di programmazione informatica", exact: true })).toBeVisible();
  await code.press("ArrowDown");
  await code.press("ArrowDown");
  await code.press("Enter");
  await expect(code).toHaveValue("62.10.00");
  await main.getByRole("button", { name: "Salva e continua" }).click();
  await expect(main.locator("#questionnaire-progress")).toHaveText("Passo 2 di 5");
  await page.goto("/workspace/profile?step=1");
  await expect(main.getByRole("combobox", { name: "Codice ATECO 2025 (facoltativo)" })).toHaveValue("62.10.00");
  await expect(main.getByText("62.10.00 — Attività di programmazione informatica")).toBeVisible();
});
