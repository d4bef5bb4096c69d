import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { DEMO_PARTNERSHIP_TITLE } from "@/prisma/seed/demo-partnerships-open";
import { acceptAgreement, createAgreementFromTemplate, downloadAgreementPdf, downloadImpactReport } from "./support/agreement-steps";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { addContribution, openPartnershipTab, sendMessage, tickChecklistItem } from "./support/collab-steps";
import { addIndicator, answerCheckIn, openMonitoringTab, recordMeasurement, submitFinalEvaluation } from "./support/monitoring-steps";
import { addActivity, addCommunicationItem, approveStory, dayFromToday, logDeliveredContribution, writeStory } from "./support/programme-steps";
import { logIn, logOut } from "./support/session";

// The demo partnership from phase 1 to COMPLETED, as the two partners and CSV staff do it:
// each phase's work in the partners' workspace, each move on the staff board. The gates
// are met by real work (agreement signed by both, an indicator with a target, both final
// evaluations), so staff are asked for a reason only when they try to skip one.

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

const TITLE = DEMO_PARTNERSHIP_TITLE;
const COMPANY = DEMO_ACCOUNTS.company;
const NONPROFIT = DEMO_ACCOUNTS.nonprofit;
const INDICATOR = "Persone che completano il corso";
const STORY =
  "Ticino Digitale e Tessere Insieme hanno portato i corsi di competenze digitali nel laboratorio della cooperativa: venti persone hanno imparato a usare posta, SPID e fascicolo sanitario.";

let partnershipPath = "";

async function openAsPartner(page: Page, account: { email: string; password: string }) {
  await logIn(page, account);
  await expect(page).toHaveURL("/workspace", { timeout: 30_000 });
  await page.locator("main").getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  partnershipPath = new URL(page.url()).pathname;
}

async function openBoardAsStaff(page: Page) {
  await logIn(page, DEMO_ACCOUNTS.staff);
  await expect(page).toHaveURL("/staff", { timeout: 30_000 });
  // dnd-kit mounts its screen-reader instructions once the board is interactive.
  await expect(page.getByText(/^Per spostare una partnership, porta il focus sulla maniglia/)).toBeAttached();
}

const boardCard = (page: Page) =>
  page.locator("main section").getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: TITLE }) });

/** Staff move the card with its "Sposta in fase…" menu; the gates are met, so no reason is asked. */
async function moveOnBoard(page: Page, phase: string) {
  await openBoardAsStaff(page);
  const card = boardCard(page);
  await card.getByText("Sposta in fase…").click();
  await card.getByLabel(`Nuova fase di ${TITLE}`).selectOption({ label: phase });
  await card.getByRole("button", { name: "Sposta", exact: true }).click();
  await expect(page.getByText(`${TITLE} spostata in ${phase}.`)).toBeVisible();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await logOut(page);
}

/** Answers every check-in still waiting at the top of the overview (one per phase entered). */
async function answerAllCheckIns(page: Page, rating: 4 | 5) {
  await openPartnershipTab(page, "Panoramica");
  const pending = page
    .locator("main section")
    .filter({ has: page.getByRole("heading", { level: 2, name: "Come sta andando la partnership?" }) })
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Invia la risposta" }) });
  while ((await pending.count()) > 0) await answerCheckIn(page, rating);
}

test("phase 1: the company ticks the planning checklist and writes to the nonprofit", async ({ page }) => {
  await openAsPartner(page, COMPANY);
  await expect(page.getByRole("navigation", { name: "Avanzamento della partnership" })).toContainText("1. Pianificazione e preparazione");
  await tickChecklistItem(page, "Definire insieme l'obiettivo comune e il bisogno del territorio a cui risponde");
  await openPartnershipTab(page, "Messaggi");
  await sendMessage(page, "Buongiorno! Proponiamo un primo incontro in cooperativa giovedì.");
  await expectNoSeriousA11yViolations(page);
  await logOut(page);
  await moveOnBoard(page, "Negoziazione");
});

test("phase 2: each side says what it brings", async ({ page }) => {
  await openAsPartner(page, COMPANY);
  await openPartnershipTab(page, "Negoziazione");
  await addContribution(page, { kind: "Competenze", description: "Due formatori per dieci lezioni", value: "3.000,00" });
  await logOut(page);
  await openAsPartner(page, NONPROFIT);
  await openPartnershipTab(page, "Negoziazione");
  await addContribution(page, { kind: "Spazi", description: "Il laboratorio della cooperativa, il martedì sera" });
  await expectNoSeriousA11yViolations(page);
  await logOut(page);
  await moveOnBoard(page, "Accordo formale");
});

test("staff trying to skip the unsigned agreement are asked for a reason, and can step back", async ({ page }) => {
  await openBoardAsStaff(page);
  const card = boardCard(page);
  await card.getByText("Sposta in fase…").click();
  await card.getByLabel(`Nuova fase di ${TITLE}`).selectOption({ label: "Gestione del programma" });
  await card.getByRole("button", { name: "Sposta", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: `Perché sposti ${TITLE} in Gestione del programma?` });
  await expect(dialog.getByText("L'accordo non è firmato da entrambe le parti.")).toBeVisible();
  await dialog.getByRole("button", { name: "Annulla", exact: true }).click();
  await page.reload();
  await expect(page.locator("main section").filter({ has: page.getByRole("heading", { level: 2, name: /^Accordo formale/ }) }).getByRole("heading", { level: 3, name: TITLE })).toBeVisible();
});

test("phase 3: the agreement is built from the template and accepted by both parties", async ({ page }) => {
  await openAsPartner(page, COMPANY);
  await createAgreementFromTemplate(page);
  await acceptAgreement(page, { signerName: "Marta Colombo", signerRole: "Legale rappresentante" });
  await logOut(page);

  await openAsPartner(page, NONPROFIT);
  await acceptAgreement(page, { signerName: "Giovanni Sala", signerRole: "Presidente" });
  await expect(page.locator("main")).toContainText("Marta Colombo");
  const pdf = await downloadAgreementPdf(page);
  expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  await expectNoSeriousA11yViolations(page);
  await logOut(page);
  // Signed by both: the gate into programme management is met, no reason asked.
  await moveOnBoard(page, "Gestione del programma");
});

test("phase 4: activities and delivered contributions; both parties answer their check-ins", async ({ page }) => {
  await openAsPartner(page, COMPANY);
  await answerAllCheckIns(page, 5);
  await addActivity(page, { kind: "Traguardo", title: "Prima lezione in laboratorio", dueOn: dayFromToday(7) });
  await logDeliveredContribution(page, { kind: "Ore di volontariato", description: "Lezione introduttiva", hours: "3", deliveredOn: dayFromToday(0) });
  await logOut(page);
  await openAsPartner(page, NONPROFIT);
  await answerAllCheckIns(page, 4);
  await logOut(page);
  await moveOnBoard(page, "Comunicazione del programma");
});

test("phase 5: a communication item and the joint story, approved by both", async ({ page }) => {
  await openAsPartner(page, COMPANY);
  await addCommunicationItem(page, { channel: "Social", title: "Post sul primo corso", plannedOn: dayFromToday(3) });
  await writeStory(page, STORY);
  await approveStory(page);
  // An indicator with a target, so that monitoring can begin.
  await openMonitoringTab(page);
  await addIndicator(page, { name: INDICATOR, unit: "persone", baseline: "0", target: "20", direction: "aumentare" });
  await logOut(page);
  await openAsPartner(page, NONPROFIT);
  await approveStory(page);
  await logOut(page);
  await expect(page.locator("main")).toContainText(STORY);
  await moveOnBoard(page, "Monitoraggio, misurazione e valutazione");
});

test("phase 6: measurements and final evaluations; staff complete it; the impact report downloads", async ({ page }) => {
  await openAsPartner(page, COMPANY);
  await openMonitoringTab(page);
  await recordMeasurement(page, { indicator: INDICATOR, value: "12", date: dayFromToday(-20) });
  await recordMeasurement(page, { indicator: INDICATOR, value: "19", date: dayFromToday(-1) });
  await submitFinalEvaluation(page, {
    goalAchievement: 4,
    relationship: 5,
    csvSupport: 4,
    wouldRenew: true,
    results: "Diciannove persone hanno completato il corso.",
    lessons: "Servono più lezioni pratiche sullo SPID.",
  });
  await logOut(page);
  await openAsPartner(page, NONPROFIT);
  await openMonitoringTab(page);
  await submitFinalEvaluation(page, {
    goalAchievement: 5,
    relationship: 5,
    csvSupport: 5,
    wouldRenew: true,
    results: "Le socie e i soci usano da soli i servizi online.",
    lessons: "Il laboratorio la sera funziona meglio del sabato.",
  });
  await logOut(page);
  await moveOnBoard(page, "Conclusa");

  await openAsPartner(page, COMPANY);
  await expect(page.locator("main")).toContainText("Partnership conclusa il");
  const pdf = await downloadImpactReport(page, "pdf");
  expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const csv = await downloadImpactReport(page, "csv");
  expect(csv.bytes.toString("utf8")).toContain(INDICATOR);
  await expectNoSeriousA11yViolations(page);
});

test("a partner of another organisation gets 404 on the partnership and its downloads", async ({ page }) => {
  expect(partnershipPath).not.toBe("");
  const id = partnershipPath.split("/").pop();
  await logIn(page, { email: "francesca.bellini@example.it", password: "Demo-Partner-2026!" });
  await expect(page).toHaveURL("/workspace", { timeout: 30_000 });
  for (const path of [`/workspace/partnerships/${id}`, `/workspace/partnerships/${id}?tab=messages`, `/partnerships/${id}/agreement/pdf`, `/partnerships/${id}/report/pdf`, `/partnerships/${id}/report/csv`]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).not.toContain(TITLE);
  }
});
