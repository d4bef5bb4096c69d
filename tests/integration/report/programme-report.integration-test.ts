import { ForbiddenError } from "@/lib/errors";
import { buildProgrammeReportCsv } from "@/lib/partnerships/report/build-programme-report-csv";
import { getProgrammeReport } from "@/lib/partnerships/report/get-programme-report";
import { programmeReportSchema } from "@/lib/partnerships/report/programme-report-schema";
import { renderProgrammeReportPdf } from "@/lib/partnerships/report/render-programme-report-pdf";
import { createAgreementScene } from "../../support/agreement-builders";
import { extractPdfText } from "../../support/extract-pdf-text";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("the programme report of a year (staff only)", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  async function partnershipRunning(title: string, startedAt: string, endedAt: string | null) {
    const scene = await createAgreementScene(database.db, "MONITORING");
    await database.db.partnership.update({ where: { id: scene.partnership.id }, data: { title, startedAt: new Date(startedAt), endedAt: endedAt ? new Date(endedAt) : null } });
    return scene;
  }

  it("adds up, over the partnerships running in the year, what was delivered in that year and the indicators at its end", async () => {
    const a = await partnershipRunning("Pane di ieri", "2025-10-01T09:00:00Z", null);
    const b = await partnershipRunning("Doposcuola insieme", "2026-03-01T09:00:00Z", "2026-11-30T09:00:00Z");
    const old = await partnershipRunning("Finita nel 2025", "2024-01-10T09:00:00Z", "2025-06-30T09:00:00Z");
    await database.db.deliveredContribution.createMany({
      data: [
        { partnershipId: a.partnership.id, side: "COMPANY", kind: "MONEY", description: "Bonifico 2025", deliveredOn: new Date("2025-12-20"), valueCents: 99900 },
        { partnershipId: a.partnership.id, side: "COMPANY", kind: "MONEY", description: "Bonifico", deliveredOn: new Date("2026-02-01"), valueCents: 150000 },
        { partnershipId: a.partnership.id, side: "COMPANY", kind: "VOLUNTEER_HOURS", description: "Turni", deliveredOn: new Date("2026-02-10"), hours: "10.5" },
        { partnershipId: b.partnership.id, side: "NONPROFIT", kind: "VOLUNTEER_HOURS", description: "Tutor", deliveredOn: new Date("2026-04-10"), hours: "4" },
        { partnershipId: b.partnership.id, side: "COMPANY", kind: "GOODS", description: "Portatili", deliveredOn: new Date("2026-04-11"), valueCents: 120000 },
        { partnershipId: old.partnership.id, side: "COMPANY", kind: "MONEY", description: "Vecchio", deliveredOn: new Date("2025-03-01"), valueCents: 500000 },
      ],
    });
    const indicator = await database.db.indicator.create({ data: { partnershipId: b.partnership.id, name: "Ragazzi seguiti", unit: "ragazzi", baseline: "0", target: "20" } });
    await database.db.measurement.createMany({
      data: [
        { indicatorId: indicator.id, value: "22", measuredOn: new Date("2026-10-01") },
        { indicatorId: indicator.id, value: "5", measuredOn: new Date("2027-01-15") },
      ],
    });

    const report = await getProgrammeReport(database.db, a.staff, { year: 2026 });
    expect(report.partnerships.map((p) => p.title)).toEqual(["Pane di ieri", "Doposcuola insieme"]);
    expect(report.totals).toEqual({
      moneyCents: 150000,
      otherValueCents: 120000,
      hours: 14.5,
      hoursValueCents: 26100,
      otherDeliveries: 1,
      indicators: 1,
      indicatorsWithTarget: 1,
      indicatorsReached: 1,
    });
    expect((await getProgrammeReport(database.db, a.staff, { year: 2025 })).partnerships.map((p) => p.title)).toEqual(["Finita nel 2025", "Pane di ieri"]);

    const lines = buildProgrammeReportCsv(report, "it").slice(1).split("\r\n");
    expect(lines[0]).toBe("partnership;impresa;ente;fase;denaro EUR;valore beni e servizi EUR;ore di volontariato;valore ore di volontariato EUR;altri contributi;indicatori;indicatori con obiettivo;obiettivi raggiunti");
    expect(lines).toContain("Totale;;;;1500;1200;14,5;261;1;1;1;1");

    const text = await extractPdfText(await renderProgrammeReportPdf(report, "it"));
    expect(text).toContain("Rapporto del programma 2026");
    expect(text).toContain("Doposcuola insieme");
    expect(text).toContain("GRI 413-1");
  });

  it("refuses partners, and years that are not a year", async () => {
    const scene = await createAgreementScene(database.db);
    await expect(getProgrammeReport(database.db, scene.company.user, { year: 2026 })).rejects.toBeInstanceOf(ForbiddenError);
    for (const year of ["abc", "1999", "2026.5", ""]) expect(programmeReportSchema.safeParse({ year }).success).toBe(false);
    expect(programmeReportSchema.parse({ year: "2026" })).toEqual({ year: 2026 });
  });
});
