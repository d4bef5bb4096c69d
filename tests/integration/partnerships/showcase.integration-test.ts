import { listShowcasedPartnerships } from "@/lib/partnerships/list-showcased-partnerships";
import { createOrganization, createPartnership } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("the landing page showcase", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  it("is empty until a story is approved by both parties", async () => {
    const company = await createOrganization(database.db, "COMPANY", "Officine Lomelline S.r.l.");
    const nonprofit = await createOrganization(database.db, "NONPROFIT", "Amici della Lomellina ODV");
    const partnership = await createPartnership(database.db, { companyId: company.id, nonprofitId: nonprofit.id }, "COMPLETED");
    const approve = (data: object) => database.db.partnership.update({ where: { id: partnership.id }, data });

    expect(await listShowcasedPartnerships(database.db)).toEqual([]);
    await approve({ publicStory: "Una storia da raccontare." });
    expect(await listShowcasedPartnerships(database.db)).toEqual([]);
    await approve({ storyApprovedByCompanyAt: new Date() });
    expect(await listShowcasedPartnerships(database.db)).toEqual([]);
    await approve({ storyApprovedByNonprofitAt: new Date() });

    expect(await listShowcasedPartnerships(database.db)).toEqual([
      {
        id: partnership.id,
        title: partnership.title,
        story: "Una storia da raccontare.",
        company: { name: "Officine Lomelline S.r.l.", comune: "Pavia" },
        nonprofit: { name: "Amici della Lomellina ODV", comune: "Pavia" },
        photos: [],
      },
    ]);
  });
});
