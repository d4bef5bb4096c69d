import { ForbiddenError } from "@/lib/errors";
import { listBoardPartnerships } from "@/lib/partnerships/list-board-partnerships";
import { listOrganizationPartnerships } from "@/lib/partnerships/list-organization-partnerships";
import { createOrganization, createPartnership, createPartnerUser, createUser } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("who sees which partnership", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  it("shows a partner only its own organisation's partnerships, naming the other party", async () => {
    const company = await createPartnerUser(database.db, "COMPANY");
    const nonprofit = await createPartnerUser(database.db, "NONPROFIT");
    const strangerNonprofit = await createOrganization(database.db, "NONPROFIT");
    const strangerCompany = await createOrganization(database.db, "COMPANY");
    const ours = await createPartnership(database.db, { companyId: company.organization.id, nonprofitId: nonprofit.organization.id });
    await createPartnership(database.db, { companyId: strangerCompany.id, nonprofitId: strangerNonprofit.id });

    const seenByCompany = await listOrganizationPartnerships(database.db, company);
    expect(seenByCompany.map((partnership) => partnership.id)).toEqual([ours.id]);
    expect(seenByCompany[0]?.partner.name).toBe(nonprofit.organization.name);

    const seenByNonprofit = await listOrganizationPartnerships(database.db, nonprofit);
    expect(seenByNonprofit.map((partnership) => partnership.id)).toEqual([ours.id]);
    expect(seenByNonprofit[0]?.partner.name).toBe(company.organization.name);
  });

  it("shows the whole board to staff and admins, in all eight columns", async () => {
    const staff = await createUser(database.db, { role: "STAFF" });
    const columns = await listBoardPartnerships(database.db, staff);
    expect(columns.map((column) => column.phase)).toHaveLength(8);
    expect(columns.flatMap((column) => column.partnerships).length).toBeGreaterThanOrEqual(2);
    await expect(listBoardPartnerships(database.db, { role: "ADMIN" })).resolves.toHaveLength(8);
  });

  it("refuses the board to a partner", async () => {
    await expect(listBoardPartnerships(database.db, { role: "PARTNER" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
