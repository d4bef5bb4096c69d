import { NotFoundError, ValidationError } from "@/lib/errors";
import { getMonitoring } from "@/lib/partnerships/monitoring/get-monitoring";
import { recordMeasurement } from "@/lib/partnerships/monitoring/record-measurement";
import { saveIndicator } from "@/lib/partnerships/monitoring/save-indicator";
import { createOutsider, createPartnershipWithMembers, createStaffViewer } from "../../support/monitoring-builders";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("indicators and measurements", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  const gas = { name: "Consumo di gas del centro", unit: "m³", baseline: "18000", target: "13500", direction: "DECREASE" as const };

  it("lets a partner add an indicator and record measurements, and shows them as plain numbers with the progress", async () => {
    const { partnership, companyViewer, nonprofitViewer } = await createPartnershipWithMembers(database.db, "MONITORING");
    const { id } = await saveIndicator(database.db, companyViewer, { partnershipId: partnership.id, ...gas });
    await recordMeasurement(database.db, nonprofitViewer, { partnershipId: partnership.id, indicatorId: id, value: "16200,5", measuredOn: "2026-02-01" });
    await recordMeasurement(database.db, companyViewer, { partnershipId: partnership.id, indicatorId: id, value: "15750", measuredOn: "2026-03-01", note: "Inverno mite" });

    const view = await getMonitoring(database.db, nonprofitViewer, partnership.id);
    expect(view.indicators).toHaveLength(1);
    const [indicator] = view.indicators;
    expect(indicator).toMatchObject({ name: gas.name, baseline: 18000, target: 13500, direction: "DECREASE", latest: 15750, progress: 50 });
    expect(indicator?.measurements.map((m) => [m.value, m.measuredOn, m.note])).toEqual([
      [16200.5, "2026-02-01", null],
      [15750, "2026-03-01", "Inverno mite"],
    ]);
    // Nothing Prisma-specific crosses to the page: plain JSON round-trips unchanged.
    expect(JSON.parse(JSON.stringify(indicator))).toEqual(indicator);
    const touched = await database.db.partnership.findUniqueOrThrow({ where: { id: partnership.id }, select: { lastActivityAt: true } });
    expect(Date.now() - touched.lastActivityAt.getTime()).toBeLessThan(60_000);
  });

  it("lets staff change an indicator, recorded in the audit log", async () => {
    const { partnership, companyViewer } = await createPartnershipWithMembers(database.db, "NEGOTIATION");
    const staff = await createStaffViewer(database.db);
    const { id } = await saveIndicator(database.db, companyViewer, { partnershipId: partnership.id, ...gas, target: "" });
    expect((await getMonitoring(database.db, staff, partnership.id)).indicators[0]?.target).toBeNull();

    await saveIndicator(database.db, staff, { partnershipId: partnership.id, indicatorId: id, ...gas, target: "14000" });
    const view = await getMonitoring(database.db, staff, partnership.id);
    expect(view.indicators.map((indicator) => indicator.target)).toEqual([14000]);
    const audit = await database.db.auditLog.findMany({ where: { targetId: partnership.id, action: { startsWith: "indicator." } }, orderBy: { createdAt: "asc" } });
    expect(audit.map((row) => row.action)).toEqual(["indicator.create", "indicator.update"]);
  });

  it("refuses indicators in planning (they are proposed from negotiation on) and on a closed partnership", async () => {
    const planning = await createPartnershipWithMembers(database.db, "PLANNING");
    await expect(saveIndicator(database.db, planning.companyViewer, { partnershipId: planning.partnership.id, ...gas })).rejects.toMatchObject({ message: "tooEarly" });
    const completed = await createPartnershipWithMembers(database.db, "COMPLETED");
    await expect(saveIndicator(database.db, completed.companyViewer, { partnershipId: completed.partnership.id, ...gas })).rejects.toBeInstanceOf(ValidationError);
    expect(await database.db.indicator.count({ where: { partnershipId: { in: [planning.partnership.id, completed.partnership.id] } } })).toBe(0);
  });

  it("hides the partnership from a partner of another organisation", async () => {
    const { partnership, companyViewer } = await createPartnershipWithMembers(database.db, "MONITORING");
    const { id } = await saveIndicator(database.db, companyViewer, { partnershipId: partnership.id, ...gas });
    const outsider = await createOutsider(database.db);
    await expect(getMonitoring(database.db, outsider, partnership.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveIndicator(database.db, outsider, { partnershipId: partnership.id, ...gas })).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      recordMeasurement(database.db, outsider, { partnershipId: partnership.id, indicatorId: id, value: "1", measuredOn: "2026-01-01" }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses a measurement for another partnership's indicator, and one dated in the future", async () => {
    const first = await createPartnershipWithMembers(database.db, "MONITORING");
    const second = await createPartnershipWithMembers(database.db, "MONITORING");
    const { id } = await saveIndicator(database.db, first.companyViewer, { partnershipId: first.partnership.id, ...gas });
    await expect(
      recordMeasurement(database.db, second.companyViewer, { partnershipId: second.partnership.id, indicatorId: id, value: "1", measuredOn: "2026-01-01" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      recordMeasurement(database.db, first.companyViewer, { partnershipId: first.partnership.id, indicatorId: id, value: "1", measuredOn: "2999-01-01" }),
    ).rejects.toThrow();
    expect(await database.db.measurement.count({ where: { indicatorId: id } })).toBe(0);
  });
});
