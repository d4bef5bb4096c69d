import { expect, type Page } from "@playwright/test";

// Browser steps of the agreement and the impact report, each taking a Page already on
// the partnership page (any tab). The end-to-end journey composes them.

async function openTab(page: Page, name: "Accordo" | "Monitoraggio") {
  await page.getByRole("navigation", { name: "Sezioni della partnership" }).getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("link", { name, exact: true })).toHaveAttribute("aria-current", "page");
}

/** Opens the "Accordo" tab and creates the agreement from the template; ends on the document preview. */
export async function createAgreementFromTemplate(page: Page) {
  await openTab(page, "Accordo");
  const main = page.locator("main");
  await main.getByRole("button", { name: "Crea l'accordo dal modello" }).click();
  await expect(main.getByRole("heading", { name: "Anteprima del documento" })).toBeVisible();
  await expect(main.getByRole("heading", { name: "Art. 1 – Le parti" })).toBeVisible();
}

/** Rewrites one text of the agreement (by its label) and saves; confirms the cancellation of acceptances when asked. Returns the new revision. */
export async function editAgreement(page: Page, change: { field: string; text: string }): Promise<number> {
  await openTab(page, "Accordo");
  const main = page.locator("main");
  const before = Number((await main.getByText(/^Revisione \d+$/).first().textContent())?.replace(/\D/g, ""));
  const details = main.locator("details", { has: page.getByText("Modifica il testo dell'accordo") });
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) await details.locator("summary").click();
  await details.getByLabel(change.field, { exact: true }).fill(change.text);
  const confirm = details.getByLabel(/la modifica annullo le accettazioni/);
  if (await confirm.isVisible()) await confirm.check();
  await details.getByRole("button", { name: "Salva la modifica" }).click();
  await expect(main.getByText(`Revisione ${before + 1}`, { exact: true })).toBeVisible();
  return before + 1;
}

/** A representative of the logged-in partner's side accepts the current revision. */
export async function acceptAgreement(page: Page, signer: { signerName: string; signerRole: string }) {
  await openTab(page, "Accordo");
  const form = page.locator("main").getByRole("region", { name: /^Accettazione per / });
  await form.getByLabel("Nome e cognome del rappresentante").fill(signer.signerName);
  await form.getByLabel("Ruolo (ad es. Legale rappresentante)").fill(signer.signerRole);
  await form.getByLabel(/Dichiaro di avere i poteri/).check();
  await form.getByRole("button", { name: "Accetta l'accordo" }).click();
  await expect(page.locator("main").getByText(/ha accettato la revisione \d+\./)).toBeVisible();
}

/** Downloads the agreement's PDF through its link; returns the file's bytes. */
export async function downloadAgreementPdf(page: Page): Promise<{ bytes: Buffer; filename: string }> {
  await openTab(page, "Accordo");
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("main").getByRole("link", { name: "Scarica l'accordo in PDF" }).click()]);
  const path = await download.path();
  const { readFile } = await import("node:fs/promises");
  return { bytes: await readFile(path), filename: download.suggestedFilename() };
}

/** Downloads the impact report (at the bottom of "Monitoraggio") as PDF or CSV; returns the file's bytes. */
export async function downloadImpactReport(page: Page, kind: "pdf" | "csv"): Promise<{ bytes: Buffer; filename: string }> {
  await openTab(page, "Monitoraggio");
  const name = kind === "pdf" ? "Scarica il rapporto (PDF)" : "Scarica i dati (CSV per Excel)";
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("main").getByRole("link", { name }).click()]);
  const path = await download.path();
  const { readFile } = await import("node:fs/promises");
  return { bytes: await readFile(path), filename: download.suggestedFilename() };
}
