import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { acceptAgreement, createAgreementFromTemplate, downloadAgreementPdf, downloadImpactReport, editAgreement } from "./support/agreement-steps";
import { logIn, logOut } from "./support/session";

// The formal agreement of "Riso solidale della Lomellina" (phase 3, seeded without an
// agreement), as its two parties live it: drafted from the template, edited, accepted by
// each side, downloaded; then an edit cancels both acceptances. Then the impact report.

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

const TITLE = "Riso solidale della Lomellina";
const PASSWORD = "Demo-Partner-2026!";
const COMPANY = { email: "alessandro.conti@example.it", password: PASSWORD };
const NONPROFIT = { email: "lucia.ferrari@example.it", password: PASSWORD };
const STRANGER = { email: "marco.villa@example.it", password: PASSWORD };

async function openPartnership(page: Page): Promise<string> {
  await page.goto("/workspace");
  await page.locator("main").getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  const id = new URL(page.url()).pathname.split("/").at(-1);
  if (!id) throw new Error("no partnership id in the URL");
  return id;
}

test("the agreement goes from template to signed by both, then an edit cancels the acceptances; the report downloads", async ({ page }) => {
  const main = page.locator("main");

  // The company drafts the agreement from the template and adapts it.
  await logIn(page, COMPANY);
  await expect(page).toHaveURL("/workspace");
  const id = await openPartnership(page);
  await createAgreementFromTemplate(page);
  await expect(main.getByRole("article")).toContainText("Riso solidale della Lomellina");
  await expect(main.getByRole("heading", { name: "Art. 10 – Protezione dei dati personali" })).toBeVisible();
  await expect(main.getByRole("article")).toContainText("art. 28 del GDPR");
  await expectNoSeriousA11yViolations(page);

  await editAgreement(page, { field: "Obiettivi", text: "Portare riso della Lomellina alle famiglie seguite dall'ente, con la partecipazione dei dipendenti della riseria." });
  await expect(main.getByRole("article")).toContainText("con la partecipazione dei dipendenti della riseria");

  // The goal is the partnership's own field, editable by either partner until both accept:
  // the agreement's Art. 2 carries the current one.
  const goal = "Portare 12 tonnellate di riso della Lomellina a 300 famiglie seguite dall'ente entro un anno.";
  const goalForm = main.locator("details", { has: page.getByText("Modifica titolo e obiettivo") });
  await goalForm.locator("summary").click();
  await goalForm.getByLabel("Obiettivo comune").fill(goal);
  await goalForm.getByRole("button", { name: "Salva", exact: true }).click();
  await expect(goalForm.getByText("Titolo e obiettivo salvati.")).toBeVisible();
  await page.reload();
  await expect(main.getByRole("article")).toContainText(goal);

  // The company accepts; the PDF carries the text and the acceptance.
  await acceptAgreement(page, { signerName: "Alessandro Conti", signerRole: "Legale rappresentante" });
  await expect(main.getByText(/^Manca l'accettazione di .+: .+ ha già accettato\.$/)).toBeVisible();
  const pdf = await downloadAgreementPdf(page);
  expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(pdf.filename).toBe("accordo-riso-solidale-della-lomellina.pdf");

  // The nonprofit accepts too: signed by both.
  await logOut(page);
  await logIn(page, NONPROFIT);
  await expect(page).toHaveURL("/workspace");
  await openPartnership(page);
  await acceptAgreement(page, { signerName: "Lucia Ferrari", signerRole: "Presidente" });
  await expect(main.getByText("Firmato da entrambe le parti: l'accordo è valido.")).toBeVisible();
  // Signed by both: the goal is what both signed, no longer editable.
  await expect(main.getByText("Modifica titolo e obiettivo")).toHaveCount(0);
  await expect(main.getByRole("region", { name: "Storico delle accettazioni" }).getByText("valida")).toHaveCount(2);
  await expectNoSeriousA11yViolations(page);

  // The route handlers over real HTTP.
  const response = await page.request.get(`/partnerships/${id}/agreement/pdf`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toContain('attachment; filename="accordo-riso-solidale-della-lomellina.pdf"');
  expect((await response.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  // An edit after signing warns, asks to confirm, and cancels both acceptances.
  await expect(main.getByText(/se salvi una modifica, le accettazioni vengono annullate/)).toBeAttached();
  await editAgreement(page, { field: "Uso dei loghi", text: "Ciascuna parte usa il logo dell'altra solo con il suo consenso scritto, materiale per materiale." });
  await expect(main.getByText("Non ancora accettato da nessuna delle parti.")).toBeVisible();
  await expect(main.getByText(/annullata da una modifica il/)).toHaveCount(2);
  await expect(main.getByRole("region", { name: /^Accettazione per / })).toBeVisible();

  // The impact report, in PDF and CSV.
  const reportPdf = await downloadImpactReport(page, "pdf");
  expect(reportPdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const reportCsv = await downloadImpactReport(page, "csv");
  expect(reportCsv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const reportLines = reportCsv.bytes.toString("utf8").slice(1).split("\r\n");
  expect(reportLines[0]).toBe("sezione;voce;parte;unità;valore di partenza;obiettivo;valore;data");
  expect(reportLines).toContain("partnership;volunteer_hour_value;;EUR;;;18;");
  await expect(main.getByRole("heading", { name: "Rapporto d'impatto" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  for (const kind of ["pdf", "csv"] as const) {
    const report = await page.request.get(`/partnerships/${id}/report/${kind}`);
    expect(report.status()).toBe(200);
    expect(report.headers()["content-type"]).toBe(kind === "pdf" ? "application/pdf" : "text/csv; charset=utf-8");
  }

  // A partner of another organisation finds nothing there.
  await logOut(page);
  await logIn(page, STRANGER);
  await expect(page).toHaveURL("/workspace");
  for (const path of ["agreement/pdf", "report/pdf", "report/csv"]) {
    const response = await page.request.get(`/partnerships/${id}/${path}`);
    expect(response.status()).toBe(404);
  }
});
