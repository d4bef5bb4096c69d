import { ForbiddenError } from "@/lib/errors";
import { exportProfiles } from "@/lib/profiles/exchange/export-profiles";
import { importProfiles } from "@/lib/profiles/exchange/import-profiles";
import { saveQuestionnaireStep } from "@/lib/profiles/questionnaire/save-questionnaire-step";
import { submitQuestionnaire } from "@/lib/profiles/questionnaire/submit-questionnaire";
import { createPartnerUser, createUser } from "../../support/factories";
import { COMPANY_STEPS, NONPROFIT_STEPS } from "../../support/onboarding-steps";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

const NONPROFIT = {
  id: "np-01", kind: "nonprofit", name: "Amici Importati ODV", comune: "Vigevano", description: "Distribuiamo pasti.",
  causes: ["u"], offers: ["storytelling"], needs: ["goods:food"], horizons: ["annual"],
  legalForm: "ODV", volunteersHosted: 4, projectBudgetEur: 3000, excludeSectorTags: [],
};
const COMPANY = {
  id: "c-01", kind: "company", name: "Impresa Importata S.r.l.", comune: "Mortara", description: "Panificio.",
  causes: ["u"], sdgs: [2], offers: ["goods:food"], needs: [], horizons: ["one-off"], rangeKm: 20, employees: 12,
  budgetEur: 0, volunteerHours: 0, sector: "C 10.7", sectorTags: [], excludeCauses: [],
};

describe("profile import and export", () => {
  let database: TestDatabase;
  let staff: { id: string; role: "STAFF" };
  beforeAll(async () => {
    database = await createTestDatabase();
    const user = await createUser(database.db, { role: "STAFF" });
    staff = { id: user.id, role: "STAFF" };
  });
  afterAll(() => database.cleanup());

  it("refuses partners", async () => {
    const partner = await createUser(database.db);
    await expect(exportProfiles(database.db, { id: partner.id, role: "PARTNER" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(importProfiles(database.db, { id: partner.id, role: "PARTNER" }, { text: "{}" })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("saves nothing when any profile is wrong, and names each problem by profile and field", async () => {
    const bad = { ...COMPANY, id: "c-02", causes: ["zz"] };
    const result = await importProfiles(database.db, staff, { text: JSON.stringify({ version: 1, profiles: [NONPROFIT, bad, { ...COMPANY, id: "c-03", employees: undefined }] }) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.profileId)).toEqual(["c-02", "c-03"]);
    expect(result.errors[0]?.message).toBe('profilo "c-02": campo "causes": codice "zz" sconosciuto');
    expect(result.errors[1]?.message).toContain('campo "employees"');
    expect(await database.db.organization.count({ where: { externalId: { not: null } } })).toBe(0);
    const notJson = await importProfiles(database.db, staff, { text: "{ nope" });
    expect(notJson).toMatchObject({ ok: false, errors: [{ profileId: null, message: expect.stringContaining("JSON non valido") }] });
  });

  it("creates new organisations ACTIVE without tax code, then updates them by id", async () => {
    const first = await importProfiles(database.db, staff, { text: JSON.stringify({ version: 1, profiles: [NONPROFIT, COMPANY] }) });
    expect(first).toEqual({ ok: true, created: 2, updated: 0 });
    const created = await database.db.organization.findUniqueOrThrow({ where: { externalId: "c-01" }, include: { profile: true } });
    expect(created).toMatchObject({ kind: "COMPANY", status: "ACTIVE", taxCode: null, comune: "Mortara", name: COMPANY.name });
    expect(created.profile).toMatchObject({ submittedAt: expect.any(Date), data: expect.objectContaining({ sector: "C 10.7", employees: 12 }) });

    const second = await importProfiles(database.db, staff, { text: JSON.stringify({ version: 1, profiles: [{ ...COMPANY, employees: 15 }] }) });
    expect(second).toEqual({ ok: true, created: 0, updated: 1 });
    const updated = await database.db.organizationProfile.findUniqueOrThrow({ where: { organizationId: created.id } });
    expect(updated.data).toMatchObject({ employees: 15 });
    expect(await database.db.auditLog.count({ where: { targetId: created.id, targetType: "Organization" } })).toBe(2);

    const wrongKind = await importProfiles(database.db, staff, { text: JSON.stringify({ version: 1, profiles: [{ ...NONPROFIT, id: "c-01" }] }) });
    expect(wrongKind).toMatchObject({ ok: false, errors: [{ profileId: "c-01" }] });
  });

  it("round-trips: what one database exports, an empty one imports into the same profiles", async () => {
    const company = await createPartnerUser(database.db, "COMPANY");
    const nonprofit = await createPartnerUser(database.db, "NONPROFIT");
    for (const [who, steps] of [[company, COMPANY_STEPS], [nonprofit, NONPROFIT_STEPS]] as const) {
      const actor = { user: { id: who.user.id }, organization: { id: who.organization.id } };
      await database.db.organization.update({ where: { id: who.organization.id }, data: { status: "PENDING" } });
      for (const step of [1, 2, 3, 4] as const) await saveQuestionnaireStep(database.db, actor, { step, values: steps[step] });
      await submitQuestionnaire(database.db, actor);
    }
    // A draft is not exported.
    await createPartnerUser(database.db, "NONPROFIT");
    const exported = await exportProfiles(database.db, staff);
    expect(exported.version).toBe(1);
    expect(exported.profiles.map((profile) => profile.id).sort()).toEqual(["c-01", "np-01", company.organization.id, nonprofit.organization.id].sort());
    expect(exported.profiles.find((profile) => profile.id === nonprofit.organization.id)).not.toHaveProperty("runtsNumber");

    const other = await createTestDatabaseSwap();
    try {
      const otherStaff = await createUser(other.db, { role: "STAFF" });
      const result = await importProfiles(other.db, { id: otherStaff.id, role: "STAFF" }, { text: JSON.stringify(exported) });
      expect(result).toEqual({ ok: true, created: 4, updated: 0 });
      const again = await exportProfiles(other.db, { id: otherStaff.id, role: "STAFF" });
      const byId = (list: typeof exported.profiles) => [...list].sort((a, b) => a.id.localeCompare(b.id));
      expect(byId(again.profiles)).toEqual(byId(exported.profiles));
    } finally {
      await other.cleanup();
    }
  });

  // The second database replaces the first as the app's database for a moment: the
  // embedded server takes one client at a time, so the first is closed and reopened.
  async function createTestDatabaseSwap() {
    const firstUrl = database.url;
    const holder = globalThis as { insiemeDb?: { $disconnect(): Promise<void> } };
    await holder.insiemeDb?.$disconnect();
    delete holder.insiemeDb;
    const { createTestDatabase } = await import("../../support/test-database");
    const second = await createTestDatabase();
    return {
      db: second.db,
      async cleanup() {
        await second.cleanup();
        process.env.DATABASE_URL = firstUrl;
      },
    };
  }
});
