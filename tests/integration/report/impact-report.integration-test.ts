import { PDFDocument } from "pdf-lib";
import { NotFoundError } from "@/lib/errors";
import { acceptAgreement } from "@/lib/partnerships/agreement/accept-agreement";
import { createAgreement } from "@/lib/partnerships/agreement/create-agreement";
import { getAgreement } from "@/lib/partnerships/agreement/get-agreement";
import { renderAgreementPdf } from "@/lib/partnerships/agreement/render-agreement-pdf";
import { buildReportCsv } from "@/lib/partnerships/report/build-report-csv";
import { getImpactReport } from "@/lib/partnerships/report/get-impact-report";
import { renderReportPdf } from "@/lib/partnerships/report/render-report-pdf";
import { ForbiddenError } from "@/lib/errors";
import { setVolunteerHourValue } from "@/lib/programme-settings/set-volunteer-hour-value";
import { volunteerHourValueSchema } from "@/lib/programme-settings/volunteer-hour-value";
import { createAgreementScene, createStranger } from "../../support/agreement-builders";
import { extractPdfText } from "../../support/extract-pdf-text";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("the impact report and the agreement's PDF", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  it("is short but valid for an early partnership, for partners and staff alike", async () => {
    const scene = await createAgreementScene(database.db, "PLANNING");
    for (const viewer of [scene.asCompany, scene.asNonprofit, scene.asStaff]) {
      const report = await getImpactReport(database.db, viewer, { partnershipId: scene.partnership.id });
      expect(report.indicators).toEqual([]);
      expect(report.agreement).toBeNull();
      const pdf = await PDFDocument.load(await renderReportPdf(report, "it"));
      expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
    }
  });

  it("sums what was delivered per side, reads indicators with their latest value and progress, and exports one CSV row per data point", async () => {
    const scene = await createAgreementScene(database.db, "MONITORING");
    const id = scene.partnership.id;
    await database.db.deliveredContribution.createMany({
      data: [
        { partnershipId: id, side: "COMPANY", kind: "MONEY", description: "Bonifico", deliveredOn: new Date("2026-02-01"), valueCents: 150000 },
        { partnershipId: id, side: "COMPANY", kind: "VOLUNTEER_HOURS", description: "Volontariato d'impresa", deliveredOn: new Date("2026-02-10"), hours: "12.5" },
        { partnershipId: id, side: "COMPANY", kind: "VOLUNTEER_HOURS", description: "Secondo turno", deliveredOn: new Date("2026-02-17"), hours: "0.25", valueCents: 3000 },
        { partnershipId: id, side: "COMPANY", kind: "GOODS", description: "=Riso; 200 kg", deliveredOn: new Date("2026-02-20"), valueCents: 40000 },
        { partnershipId: id, side: "NONPROFIT", kind: "SERVICES", description: "Distribuzione", deliveredOn: new Date("2026-02-21") },
      ],
    });
    const indicator = await database.db.indicator.create({ data: { partnershipId: id, name: "Famiglie raggiunte", unit: "famiglie", baseline: "0", target: "300" } });
    await database.db.measurement.createMany({
      data: [
        { indicatorId: indicator.id, value: "90", measuredOn: new Date("2026-03-01") },
        { indicatorId: indicator.id, value: "150", measuredOn: new Date("2026-04-01") },
      ],
    });
    await database.db.communicationItem.create({ data: { partnershipId: id, channel: "PRESS", title: "Articolo sulla Provincia Pavese", plannedOn: new Date("2026-03-15"), status: "PUBLISHED" } });
    await database.db.communicationItem.create({ data: { partnershipId: id, channel: "SOCIAL", title: "Post non ancora uscito", plannedOn: new Date("2026-05-15") } });
    await database.db.partnership.update({ where: { id }, data: { publicStory: "Una storia di riso e di comunità.", storyApprovedByCompanyAt: new Date() } });

    const report = await getImpactReport(database.db, scene.asNonprofit, { partnershipId: id });
    // As on the programme tab: the value declared on volunteer hours is not "value of goods and services".
    // The hours' value at the default €18.00 an hour, apart from money and goods.
    expect(report.volunteerHourValueCents).toBe(1800);
    expect(report.delivered.totals.COMPANY).toEqual({ moneyCents: 150000, otherValueCents: 40000, hours: 12.75, hoursValueCents: 22950, goods: 1, others: 0 });
    expect(report.delivered.totals.NONPROFIT).toEqual({ moneyCents: 0, otherValueCents: 0, hours: 0, hoursValueCents: 0, goods: 0, others: 1 });
    expect(report.indicators[0]).toMatchObject({ name: "Famiglie raggiunte", baseline: 0, target: 300, latest: { value: 150, measuredOn: "2026-04-01" }, progressPercent: 50, targetReached: false });
    expect(report.communication.map((item) => item.title)).toEqual(["Articolo sulla Provincia Pavese"]);
    expect(report.story).toEqual({ text: "Una storia di riso e di comunità.", approvedByBoth: false });

    const csv = buildReportCsv(report, "it");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe("sezione;voce;parte;unità;valore di partenza;obiettivo;valore;data");
    expect(lines).toContain("partnership;volunteer_hour_value;;EUR;;;18;");
    expect(lines).toContain("delivered_total;Valore stimato delle ore di volontariato;Impresa;EUR;;;229,5;");
    expect(lines).toContain("indicator;Famiglie raggiunte;;famiglie;0;300;150;2026-04-01");
    expect(lines).toContain("indicator;Famiglie raggiunte – Variazione dal valore di partenza;;famiglie;;;150;");
    expect(lines).toContain("indicator;Famiglie raggiunte – Obiettivo centrato;;;;;no;");
    expect(lines).toContain("measurement;Famiglie raggiunte;;famiglie;;;90;2026-03-01");
    expect(lines).toContain("delivered_total;Ore di volontariato;Impresa;ore;;;12,75;");
    expect(lines).toContain('delivered;"Beni: =Riso; 200 kg";Impresa;EUR;;;400;2026-02-20');

    expect(buildReportCsv(report, "en").slice(1).split("\r\n")[0]).toBe("section;item;party;unit;baseline;target;value;date");

    const text = await extractPdfText(await renderReportPdf(report, "en"));
    expect(text).toContain("Outputs: the resources each side put in");
    expect(text).toContain("€229.50 (12.75 hours)");
    expect(text).toContain("Outcomes: the changes measured");
    expect(text).toContain("GRI 413-1");
    expect(text).toContain("Obiettivi e attività");
  });

  it("values volunteer hours at the hourly value staff set, which partners cannot change", async () => {
    const scene = await createAgreementScene(database.db, "MONITORING");
    const id = scene.partnership.id;
    await database.db.deliveredContribution.create({ data: { partnershipId: id, side: "COMPANY", kind: "VOLUNTEER_HOURS", description: "Turni", deliveredOn: new Date("2026-02-10"), hours: "10" } });
    const parsed = volunteerHourValueSchema.safeParse({ value: "22,40" });
    if (!parsed.success) throw new Error("valid value expected");
    await expect(setVolunteerHourValue(database.db, scene.company.user, parsed.data)).rejects.toBeInstanceOf(ForbiddenError);
    await setVolunteerHourValue(database.db, scene.staff, parsed.data);
    const report = await getImpactReport(database.db, scene.asCompany, { partnershipId: id });
    expect(report.delivered.totals.COMPANY.hoursValueCents).toBe(22400);
    expect(buildReportCsv(report, "it")).toContain("delivered_total;Valore stimato delle ore di volontariato;Impresa;EUR;;;224;");
    for (const value of ["0", "-5", "abc", "1500"]) expect(volunteerHourValueSchema.safeParse({ value }).success).toBe(false);
    expect(await database.db.auditLog.count({ where: { action: "programme.volunteer-hour-value" } })).toBe(1);
  });

  it("renders the agreement with its acceptances as a PDF", async () => {
    const scene = await createAgreementScene(database.db);
    const id = scene.partnership.id;
    expect(await renderAgreementPdf(await getAgreement(database.db, scene.asStaff, { partnershipId: id }), "it")).toBeNull();
    await createAgreement(database.db, scene.asStaff, { partnershipId: id }, { locale: "it" });
    await acceptAgreement(database.db, scene.asCompany, { partnershipId: id, revision: 1, side: "COMPANY", signerName: "Alessandro Conti", signerRole: "Legale rappresentante", confirm: true }, { ipAddress: "192.0.2.7" });
    const bytes = await renderAgreementPdf(await getAgreement(database.db, scene.asNonprofit, { partnershipId: id }), "it");
    expect(bytes).not.toBeNull();
    const pdf = await PDFDocument.load(bytes as Uint8Array);
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(2);
  });

  it("a partner of another organisation gets NotFoundError", async () => {
    const scene = await createAgreementScene(database.db);
    const stranger = await createStranger(database.db);
    await expect(getImpactReport(database.db, stranger, { partnershipId: scene.partnership.id })).rejects.toBeInstanceOf(NotFoundError);
  });
});
