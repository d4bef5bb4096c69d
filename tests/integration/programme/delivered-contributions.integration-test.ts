import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { deleteDeliveredContribution } from "@/lib/partnerships/programme/delete-delivered-contribution";
import { getProgramme } from "@/lib/partnerships/programme/get-programme";
import { logDeliveredContribution } from "@/lib/partnerships/programme/log-delivered-contribution";
import { createPartnershipCast, dayFromToday } from "../../support/programme-builders";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("the log of delivered contributions", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  it("keeps running totals per side: money, volunteer hours and other deliveries", async () => {
    const { partnership, viewers } = await createPartnershipCast(database.db);
    const partnershipId = partnership.id;
    await logDeliveredContribution(database.db, viewers.company, { partnershipId, kind: "MONEY", description: "Contributo per i guanti", deliveredOn: dayFromToday(-5), value: "1.234,50" });
    await logDeliveredContribution(database.db, viewers.company, { partnershipId, kind: "MONEY", description: "Seconda tranche", deliveredOn: dayFromToday(-1), value: "765.50" });
    await logDeliveredContribution(database.db, viewers.company, { partnershipId, kind: "VOLUNTEER_HOURS", description: "Dipendenti alla giornata", deliveredOn: dayFromToday(0), hours: "1,5" });
    await logDeliveredContribution(database.db, viewers.company, { partnershipId, kind: "GOODS", description: "200 sacchi", deliveredOn: dayFromToday(-2), value: "80" });
    await logDeliveredContribution(database.db, viewers.nonprofit, { partnershipId, kind: "VOLUNTEER_HOURS", description: "Volontari", deliveredOn: dayFromToday(-2), hours: "12" });
    await logDeliveredContribution(database.db, viewers.staff, { partnershipId, side: "NONPROFIT", kind: "SKILLS", description: "Formazione sicurezza", deliveredOn: dayFromToday(-3) });

    const programme = await getProgramme(database.db, viewers.nonprofit, { partnershipId });
    expect(programme.totals).toEqual({
      COMPANY: { moneyCents: 200000, hoursHundredths: 150, otherDeliveries: 1, otherValueCents: 8000 },
      NONPROFIT: { moneyCents: 0, hoursHundredths: 1200, otherDeliveries: 1, otherValueCents: 0 },
    });
    // Newest day first, as a log reads; on the same day, the latest logged first.
    expect(programme.contributions.map((entry) => entry.description)).toEqual([
      "Dipendenti alla giornata",
      "Seconda tranche",
      "Volontari",
      "200 sacchi",
      "Formazione sicurezza",
      "Contributo per i guanti",
    ]);
    expect(programme.contributions[0]).toMatchObject({ side: "COMPANY", hoursHundredths: 150, valueCents: null, deliveredOn: dayFromToday(0) });
  });

  it("lets a partner log only for its own side, and staff for either side they name", async () => {
    const { partnership, viewers } = await createPartnershipCast(database.db);
    const input = { partnershipId: partnership.id, kind: "GOODS" as const, description: "Borracce", deliveredOn: dayFromToday(-1) };
    await expect(logDeliveredContribution(database.db, viewers.company, { ...input, side: "NONPROFIT" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(logDeliveredContribution(database.db, viewers.staff, input)).rejects.toEqual(new ValidationError("sideRequired", "side"));
    await logDeliveredContribution(database.db, viewers.company, input);
    await logDeliveredContribution(database.db, viewers.company, { ...input, side: "COMPANY" });
    await logDeliveredContribution(database.db, viewers.staff, { ...input, side: "NONPROFIT" });
    const rows = await database.db.deliveredContribution.findMany({ where: { partnershipId: partnership.id }, select: { side: true, createdById: true }, orderBy: { createdAt: "asc" } });
    expect(rows).toEqual([
      { side: "COMPANY", createdById: viewers.company.userId },
      { side: "COMPANY", createdById: viewers.company.userId },
      { side: "NONPROFIT", createdById: viewers.staff.userId },
    ]);
  });

  it("refuses deliveries in the future, negative amounts and missing hours", async () => {
    const { partnership, viewers } = await createPartnershipCast(database.db);
    const base = { partnershipId: partnership.id, description: "Qualcosa" };
    await expect(logDeliveredContribution(database.db, viewers.company, { ...base, kind: "GOODS", deliveredOn: dayFromToday(1) })).rejects.toThrow();
    await expect(
      logDeliveredContribution(database.db, viewers.company, { ...base, kind: "GOODS", deliveredOn: dayFromToday(0) }, new Date(Date.now() - 3 * 86_400_000)),
    ).rejects.toEqual(new ValidationError("deliveredInFuture", "deliveredOn"));
    await expect(logDeliveredContribution(database.db, viewers.company, { ...base, kind: "MONEY", deliveredOn: dayFromToday(0), value: "-5" })).rejects.toThrow("negative");
    await expect(logDeliveredContribution(database.db, viewers.company, { ...base, kind: "VOLUNTEER_HOURS", deliveredOn: dayFromToday(0) })).rejects.toThrow("hoursRequired");
    expect(await database.db.deliveredContribution.count({ where: { partnershipId: partnership.id } })).toBe(0);
  });

  it("lets a partner delete its own side's entries, staff any, and nobody the other side's", async () => {
    const { partnership, viewers } = await createPartnershipCast(database.db);
    const partnershipId = partnership.id;
    const input = { partnershipId, kind: "SERVICES" as const, description: "Trasporto", deliveredOn: dayFromToday(-1) };
    const companyEntry = await logDeliveredContribution(database.db, viewers.company, input);
    const nonprofitEntry = await logDeliveredContribution(database.db, viewers.nonprofit, input);
    await expect(deleteDeliveredContribution(database.db, viewers.company, { partnershipId, contributionId: nonprofitEntry.id })).rejects.toBeInstanceOf(NotFoundError);
    const seen = await getProgramme(database.db, viewers.company, { partnershipId });
    expect(seen.contributions.map((entry) => [entry.side, entry.canDelete])).toEqual(
      expect.arrayContaining([
        ["COMPANY", true],
        ["NONPROFIT", false],
      ]),
    );
    await deleteDeliveredContribution(database.db, viewers.company, { partnershipId, contributionId: companyEntry.id });
    await deleteDeliveredContribution(database.db, viewers.staff, { partnershipId, contributionId: nonprofitEntry.id });
    expect(await database.db.deliveredContribution.count({ where: { partnershipId } })).toBe(0);
  });

  it("answers a partner of another organisation as if nothing existed", async () => {
    const { partnership, viewers } = await createPartnershipCast(database.db);
    const partnershipId = partnership.id;
    const entry = await logDeliveredContribution(database.db, viewers.company, { partnershipId, kind: "GOODS", description: "Sacchi", deliveredOn: dayFromToday(0) });
    await expect(logDeliveredContribution(database.db, viewers.stranger, { partnershipId, kind: "GOODS", description: "Sacchi", deliveredOn: dayFromToday(0) })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteDeliveredContribution(database.db, viewers.stranger, { partnershipId, contributionId: entry.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getProgramme(database.db, viewers.stranger, { partnershipId })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses logging on a closed partnership", async () => {
    const { partnership, viewers } = await createPartnershipCast(database.db, "DISCONTINUED");
    await expect(logDeliveredContribution(database.db, viewers.company, { partnershipId: partnership.id, kind: "GOODS", description: "Sacchi", deliveredOn: dayFromToday(0) })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
