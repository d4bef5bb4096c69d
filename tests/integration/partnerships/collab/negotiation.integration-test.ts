import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { addPlannedContribution } from "@/lib/partnerships/negotiation/add-planned-contribution";
import { getNegotiation } from "@/lib/partnerships/negotiation/get-negotiation";
import { removePlannedContribution } from "@/lib/partnerships/negotiation/remove-planned-contribution";
import { saveExpectations } from "@/lib/partnerships/negotiation/save-expectations";
import { saveRoles } from "@/lib/partnerships/negotiation/save-roles";
import { createCollabScene } from "../../../support/collab-builders";
import { createTestDatabase, type TestDatabase } from "../../../support/test-database";

describe("the negotiation of a partnership", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  const contribution = { side: "" as const, kind: "MONEY" as const, description: "Contributo per le materie prime", value: "" };

  it("records a partner's contributions on its own side, parses euros and totals each side", async () => {
    const scene = await createCollabScene(database.db);
    const partnershipId = scene.partnership.id;
    await addPlannedContribution(database.db, scene.viewers.company, { ...contribution, partnershipId, value: "1.234,50" });
    await addPlannedContribution(database.db, scene.viewers.company, { ...contribution, partnershipId, kind: "SKILLS", description: "Consulenza logistica", value: "" });
    await addPlannedContribution(database.db, scene.viewers.nonprofit, { ...contribution, partnershipId, kind: "VOLUNTEER_HOURS", description: "Volontari per la distribuzione", value: "1234.50" });
    await addPlannedContribution(database.db, scene.viewers.nonprofit, { ...contribution, partnershipId, kind: "SPACES", description: "Magazzino", value: "€ 300" });

    const view = await getNegotiation(database.db, scene.viewers.nonprofit, { partnershipId });
    expect(view.contributions.COMPANY.map((row) => [row.kind, row.valueCents, row.canRemove])).toEqual([
      ["MONEY", 123450, false],
      ["SKILLS", null, false],
    ]);
    expect(view.contributions.NONPROFIT.map((row) => [row.kind, row.valueCents, row.canRemove])).toEqual([
      ["VOLUNTEER_HOURS", 123450, true],
      ["SPACES", 30000, true],
    ]);
    expect(view.totals).toEqual({ COMPANY: 123450, NONPROFIT: 153450 });
    expect(view.editableSides).toEqual(["NONPROFIT"]);
    expect(await database.db.auditLog.count({ where: { targetId: partnershipId, action: "negotiation.contribution-add" } })).toBe(4);
  });

  it("refuses a partner adding a contribution for the other side, and adds nothing", async () => {
    const scene = await createCollabScene(database.db);
    await expect(
      addPlannedContribution(database.db, scene.viewers.nonprofit, { ...contribution, partnershipId: scene.partnership.id, side: "COMPANY" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await database.db.plannedContribution.count({ where: { partnershipId: scene.partnership.id } })).toBe(0);
  });

  it("lets staff add for either side, but only when they choose one", async () => {
    const scene = await createCollabScene(database.db);
    const partnershipId = scene.partnership.id;
    await expect(addPlannedContribution(database.db, scene.viewers.staff, { ...contribution, partnershipId })).rejects.toMatchObject({ name: "ValidationError", field: "side" });
    await addPlannedContribution(database.db, scene.viewers.staff, { ...contribution, partnershipId, side: "COMPANY", value: "500" });
    await addPlannedContribution(database.db, scene.viewers.staff, { ...contribution, partnershipId, side: "NONPROFIT", value: "20,5" });
    const view = await getNegotiation(database.db, scene.viewers.staff, { partnershipId });
    expect(view.totals).toEqual({ COMPANY: 50000, NONPROFIT: 2050 });
    expect(view.editableSides).toEqual(["COMPANY", "NONPROFIT"]);
  });

  it("refuses negative, malformed and absurd amounts on the value field", async () => {
    const scene = await createCollabScene(database.db);
    const partnershipId = scene.partnership.id;
    for (const [value, reason] of [["-50", "amountNegative"], ["12,345,67", "amountInvalid"], ["50.000.000", "amountTooLarge"]] as const) {
      await expect(addPlannedContribution(database.db, scene.viewers.company, { ...contribution, partnershipId, value })).rejects.toMatchObject({ message: reason, field: "value" });
    }
    expect(await database.db.plannedContribution.count({ where: { partnershipId } })).toBe(0);
  });

  it("removes contributions: a partner only its own side's, staff any", async () => {
    const scene = await createCollabScene(database.db);
    const partnershipId = scene.partnership.id;
    const companys = await addPlannedContribution(database.db, scene.viewers.company, { ...contribution, partnershipId });
    const nonprofits = await addPlannedContribution(database.db, scene.viewers.nonprofit, { ...contribution, partnershipId });
    await expect(removePlannedContribution(database.db, scene.viewers.company, { partnershipId, contributionId: nonprofits.id })).rejects.toBeInstanceOf(ForbiddenError);
    await removePlannedContribution(database.db, scene.viewers.company, { partnershipId, contributionId: companys.id });
    await removePlannedContribution(database.db, scene.viewers.staff, { partnershipId, contributionId: nonprofits.id });
    expect(await database.db.plannedContribution.count({ where: { partnershipId } })).toBe(0);
  });

  it("lets each side write its own expectations, staff both, and everyone the roles", async () => {
    const scene = await createCollabScene(database.db);
    const partnershipId = scene.partnership.id;
    await saveExpectations(database.db, scene.viewers.company, { partnershipId, side: "COMPANY", text: "Coinvolgere i dipendenti" });
    await expect(saveExpectations(database.db, scene.viewers.company, { partnershipId, side: "NONPROFIT", text: "Scritto dall'impresa" })).rejects.toBeInstanceOf(ForbiddenError);
    await saveExpectations(database.db, scene.viewers.staff, { partnershipId, side: "NONPROFIT", text: "Più pasti serviti" });
    await saveRoles(database.db, scene.viewers.nonprofit, { partnershipId, text: "L'ente coordina i volontari" });
    const view = await getNegotiation(database.db, scene.viewers.company, { partnershipId });
    expect(view.expectations).toEqual({ COMPANY: "Coinvolgere i dipendenti", NONPROFIT: "Più pasti serviti" });
    expect(view.roles).toBe("L'ente coordina i volontari");

    await saveRoles(database.db, scene.viewers.staff, { partnershipId, text: "" });
    expect((await getNegotiation(database.db, scene.viewers.company, { partnershipId })).roles).toBeNull();
    expect(await database.db.auditLog.count({ where: { targetId: partnershipId, action: { in: ["negotiation.expectations", "negotiation.roles"] } } })).toBe(4);
  });

  it("refuses changes on a closed partnership", async () => {
    const scene = await createCollabScene(database.db, "DISCONTINUED");
    const partnershipId = scene.partnership.id;
    await expect(addPlannedContribution(database.db, scene.viewers.company, { ...contribution, partnershipId })).rejects.toBeInstanceOf(ValidationError);
    await expect(saveExpectations(database.db, scene.viewers.company, { partnershipId, side: "COMPANY", text: "Troppo tardi" })).rejects.toMatchObject({ message: "closed" });
    await expect(saveRoles(database.db, scene.viewers.staff, { partnershipId, text: "Troppo tardi" })).rejects.toMatchObject({ message: "closed" });
    const view = await getNegotiation(database.db, scene.viewers.company, { partnershipId });
    expect(view).toMatchObject({ editableSides: [], canEditRoles: false });
  });

  it("answers NotFoundError to a partner of another organisation, on every service", async () => {
    const scene = await createCollabScene(database.db);
    const partnershipId = scene.partnership.id;
    const existing = await addPlannedContribution(database.db, scene.viewers.company, { ...contribution, partnershipId, side: "" });
    const outsider = scene.viewers.outsider;
    const attempts = [
      getNegotiation(database.db, outsider, { partnershipId }),
      addPlannedContribution(database.db, outsider, { ...contribution, partnershipId }),
      addPlannedContribution(database.db, outsider, { ...contribution, partnershipId, side: "COMPANY" }),
      removePlannedContribution(database.db, outsider, { partnershipId, contributionId: existing.id }),
      saveExpectations(database.db, outsider, { partnershipId, side: "COMPANY", text: "Intrusione" }),
      saveRoles(database.db, outsider, { partnershipId, text: "Intrusione" }),
    ];
    for (const attempt of attempts) await expect(attempt).rejects.toBeInstanceOf(NotFoundError);
    const row = await database.db.partnership.findUniqueOrThrow({ where: { id: partnershipId }, select: { roles: true, companyExpectations: true } });
    expect(row).toEqual({ roles: null, companyExpectations: null });
    expect(await database.db.plannedContribution.count({ where: { partnershipId } })).toBe(1);
  });
});
