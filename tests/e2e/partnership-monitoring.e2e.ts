import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { addIndicator, indicatorCard, openMonitoringTab, recordMeasurement, submitFinalEvaluation } from "./support/monitoring-steps";
import { logIn, logOut } from "./support/session";

// One partnership in monitoring, from measuring to renewal: the company adds an indicator
// and measures it, both parties evaluate, staff complete it from the board (the gates are
// met, so no reason is asked) and renew it.

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

const TITLE = "Finestre nuove, bollette leggere";
const COMPANY = { email: "paolo.rinaldi@example.it", password: "Demo-Partner-2026!" };
const NONPROFIT = { email: "giulia.costa@example.it", password: "Demo-Partner-2026!" };
const INDICATOR = "Ospiti nelle sale rinnovate";

function daysAgo(days: number): string {
  const date = new Date(Date.now() - days * 24 * 60 * 60 * 1000);
  return date.toISOString().slice(0, 10);
}

async function openPartnership(page: Page, account: { email: string; password: string }) {
  await logIn(page, account);
  await expect(page).toHaveURL("/workspace", { timeout: 30_000 });
  await page.locator("main").getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
}

let partnershipPath = "";

test("the company adds an indicator with a target, measures it twice and sees it on the chart", async ({ page }) => {
  await openPartnership(page, COMPANY);
  partnershipPath = new URL(page.url()).pathname;
  await openMonitoringTab(page);
  // The seeded indicator is there, with its chart.
  await expect(page.getByRole("img", { name: /^Grafico di «Consumo annuo di gas del centro anziani»/ })).toBeVisible();

  await addIndicator(page, { name: INDICATOR, unit: "persone", baseline: "20", target: "60", direction: "aumentare" });
  await recordMeasurement(page, { indicator: INDICATOR, value: "35", date: daysAgo(30), note: "Prime settimane" });
  await recordMeasurement(page, { indicator: INDICATOR, value: "50", date: daysAgo(2) });

  const card = indicatorCard(page, INDICATOR);
  await expect(card.getByRole("img", { name: new RegExp(`^Grafico di «${INDICATOR}»: 2 misurazioni .*ultima 50 persone; partenza 20, obiettivo 60`) })).toBeVisible();
  await expect(card.getByText("75% del percorso dalla partenza all'obiettivo")).toBeVisible();
  await expect(card.locator("svg circle")).toHaveCount(2);

  // A date in the future is refused, in the form.
  const panel = card.locator("details").filter({ has: page.locator("summary", { hasText: "Registra una misurazione" }) });
  await panel.getByLabel(/^Valore/).fill("55");
  await panel.getByLabel("Data della misurazione").fill("2199-01-01");
  await panel.getByRole("button", { name: "Registra", exact: true }).click();
  await expect(panel.getByText("La data non può essere nel futuro.")).toBeVisible();
  await expect(card.locator("svg circle")).toHaveCount(2);
  await expectNoSeriousA11yViolations(page);
  // On a phone too.
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSeriousA11yViolations(page);
});

test("each party submits its final evaluation, and reads the other's once both are in", async ({ page }) => {
  await openPartnership(page, COMPANY);
  await openMonitoringTab(page);
  await submitFinalEvaluation(page, {
    goalAchievement: 4,
    relationship: 5,
    csvSupport: 4,
    wouldRenew: true,
    results: "Infissi sostituiti in tutto il centro prima dell'inverno.",
    lessons: "Concordare presto i giorni dei lavori con gli ospiti del centro.",
  });
  await expect(page.locator("main")).toContainText("Non ancora inviata.");
  await logOut(page);

  await openPartnership(page, NONPROFIT);
  await openMonitoringTab(page);
  await expect(page.getByText("Inviata: la vedrete quando avrete inviato anche la vostra.")).toBeVisible();
  await expect(page.locator("main")).not.toContainText("Infissi sostituiti in tutto il centro");
  await submitFinalEvaluation(page, {
    goalAchievement: 5,
    relationship: 4,
    csvSupport: 5,
    wouldRenew: true,
    results: "Le sale sono più calde e gli ospiti restano più a lungo.",
    lessons: "Misurare i consumi ogni mese, non solo a fine anno.",
  });
  await page.reload();
  await expect(page.locator("main")).toContainText("Infissi sostituiti in tutto il centro prima dell'inverno.");
  await expectNoSeriousA11yViolations(page);
});

test("staff complete the partnership from the board without a reason, then renew it", async ({ page }) => {
  await logIn(page, DEMO_ACCOUNTS.staff);
  await expect(page).toHaveURL("/staff", { timeout: 30_000 });
  await expect(page.getByText(/^Per spostare una partnership, porta il focus sulla maniglia/)).toBeAttached();
  const card = page.locator("main section").getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: TITLE }) });
  await card.getByText("Sposta in fase…").click();
  await card.getByLabel(`Nuova fase di ${TITLE}`).selectOption({ label: "Conclusa" });
  await card.getByRole("button", { name: "Sposta", exact: true }).click();
  await expect(page.getByText(`${TITLE} spostata in Conclusa.`)).toBeVisible();
  await expect(page.getByRole("dialog")).toHaveCount(0);

  const staffPath = partnershipPath.replace("/workspace/", "/staff/");
  await page.goto(staffPath);
  await expect(page.getByRole("heading", { level: 2, name: "La partnership è conclusa" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Rinnova la partnership" }).click();
  const year = new Date().getFullYear();
  await expect(page.getByRole("heading", { level: 1, name: `${TITLE} (rinnovo ${year})` })).toBeVisible();
  await expect(page).not.toHaveURL(staffPath);
  await expect(page.locator("main")).toContainText(`Rinnovo della partnership «${TITLE}».`);

  // The staff's monitoring tab of the completed one shows both evaluations and the check-ins.
  await page.goto(`${staffPath}?tab=monitoring`);
  await expect(page.getByRole("heading", { level: 2, name: "Come va la relazione" })).toBeVisible();
  await expect(page.locator("main")).toContainText("Le sale sono più calde");
  await expectNoSeriousA11yViolations(page);
});

test("a completed partnership asks no more check-ins: the final evaluation covers it", async ({ page }) => {
  await logIn(page, COMPANY);
  await expect(page).toHaveURL("/workspace", { timeout: 30_000 });
  await page.goto(partnershipPath);
  await expect(page.getByRole("heading", { level: 2, name: "La partnership è conclusa" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Come sta andando la partnership?" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});
