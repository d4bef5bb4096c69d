import { expect, type Page } from "@playwright/test";

// Browser steps of the monitoring area, each taking a Page already on a partnership page.

/** Opens the monitoring tab of the partnership page the browser is on. */
export async function openMonitoringTab(page: Page) {
  await page.locator("main").getByRole("navigation", { name: "Sezioni della partnership" }).getByRole("link", { name: "Monitoraggio" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Indicatori" })).toBeVisible();
}

export type IndicatorInput = { name: string; unit: string; baseline: string; target?: string; direction?: "aumentare" | "diminuire" };

/** Adds an indicator from the monitoring tab. */
export async function addIndicator(page: Page, indicator: IndicatorInput) {
  const panel = page.locator("main details").filter({ has: page.locator("summary", { hasText: "Aggiungi un indicatore" }) });
  if ((await panel.getAttribute("open")) === null) await panel.locator("summary").click();
  await panel.getByLabel("Nome dell'indicatore").fill(indicator.name);
  await panel.getByLabel("Unità di misura").fill(indicator.unit);
  await panel.getByLabel("Valore di partenza").fill(indicator.baseline);
  await panel.getByLabel("Obiettivo", { exact: true }).fill(indicator.target ?? "");
  await panel.getByLabel(indicator.direction ?? "aumentare", { exact: true }).check();
  await panel.getByRole("button", { name: "Aggiungi l'indicatore" }).click();
  await expect(page.getByRole("heading", { level: 3, name: indicator.name })).toBeVisible();
}

/** The card of one indicator on the monitoring tab. */
export function indicatorCard(page: Page, name: string) {
  return page.locator("main article").filter({ has: page.getByRole("heading", { level: 3, name }) });
}

/** Records a measurement of an indicator (date as YYYY-MM-DD). */
export async function recordMeasurement(page: Page, measurement: { indicator: string; value: string; date: string; note?: string }) {
  const card = indicatorCard(page, measurement.indicator);
  const panel = card.locator("details").filter({ has: page.locator("summary", { hasText: "Registra una misurazione" }) });
  if ((await panel.getAttribute("open")) === null) await panel.locator("summary").click();
  await panel.getByLabel(/^Valore/).fill(measurement.value);
  await panel.getByLabel("Data della misurazione").fill(measurement.date);
  await panel.getByLabel(/^Nota/).fill(measurement.note ?? "");
  await panel.getByRole("button", { name: "Registra", exact: true }).click();
  await expect(panel.getByText("Misurazione registrata.")).toBeVisible();
  // The value appears in the table of values once the page has been refreshed.
  await expect(card.locator("table")).toContainText(measurement.value.replace(".", ","));
}

/** Answers the first pending check-in at the top of the overview, with a rating from 1 (Molto male) to 5 (Molto bene). */
export async function answerCheckIn(page: Page, rating: 1 | 2 | 3 | 4 | 5, comment?: string) {
  const section = page.locator("main section").filter({ has: page.getByRole("heading", { level: 2, name: "Come sta andando la partnership?" }) });
  // Each check-in has its answer form and a "rather not answer" one: count the answers.
  const answerForms = section.locator("form").filter({ has: page.getByRole("button", { name: "Invia la risposta" }) });
  const form = answerForms.first();
  const question = (await form.locator("p").first().textContent()) ?? "";
  const pendingBefore = await answerForms.count();
  await form.getByLabel(new RegExp(`^${rating} · `)).check();
  if (comment) await form.getByLabel(/^Commento/).fill(comment);
  await form.getByRole("button", { name: "Invia la risposta" }).click();
  // Once answered, the check-in leaves the list (and the section, if it was the last one).
  await expect(answerForms).toHaveCount(pendingBefore - 1);
  if (pendingBefore === 1) await expect(page.getByText(question)).toHaveCount(0);
}

export type FinalEvaluationInput = {
  goalAchievement: 1 | 2 | 3 | 4 | 5;
  relationship: 1 | 2 | 3 | 4 | 5;
  csvSupport: 1 | 2 | 3 | 4 | 5;
  wouldRenew: boolean;
  results: string;
  lessons: string;
};

/** Fills in and submits (or updates) the viewer's side's final evaluation on the monitoring tab. */
export async function submitFinalEvaluation(page: Page, evaluation: FinalEvaluationInput) {
  const section = page.locator("main section").filter({ has: page.getByRole("heading", { level: 2, name: "Valutazione finale" }) });
  const form = section.locator("form");
  const scale = async (legend: string, value: number) => form.getByRole("group", { name: legend }).getByLabel(new RegExp(`^${value} · `)).check();
  await scale("Quanto avete raggiunto l'obiettivo comune?", evaluation.goalAchievement);
  await scale("Come è andata la relazione con il partner?", evaluation.relationship);
  await scale("Quanto vi è stato utile l'accompagnamento del CSV?", evaluation.csvSupport);
  await form.getByRole("group", { name: "Rinnovereste la partnership?" }).getByLabel(evaluation.wouldRenew ? "Sì" : "No", { exact: true }).check();
  await form.getByLabel("Risultati ottenuti").fill(evaluation.results);
  await form.getByLabel("Che cosa avete imparato").fill(evaluation.lessons);
  await form.getByRole("button", { name: /^(Invia|Aggiorna) la valutazione$/ }).click();
  await expect(section.getByText("Valutazione salvata.")).toBeVisible();
}
