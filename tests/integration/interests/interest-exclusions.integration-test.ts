import { NotFoundError, ValidationError } from "@/lib/errors";
import { expressInterest } from "@/lib/interests/express-interest";
import { respondToInterest } from "@/lib/interests/respond-to-interest";
import { getPublicProfile } from "@/lib/suggestions/get-public-profile";
import { COMPANY_PROFILE, INTEREST_MESSAGE, NONPROFIT_PROFILE, createProfiledPartner } from "../../support/matching-builders";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

// Issue 12: the hard exclusions of the match engine hold everywhere together. A pair they
// forbid is never suggested nor listed in the directory (their own tests), its public
// profile is "not found" from either side, and an interest in it is refused on the server.
describe("hard exclusions on public profiles and interests", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  async function excludedPair() {
    const supermarket = await createProfiledPartner(database.db, "COMPANY", { profile: { ...COMPANY_PROFILE, sectorTags: ["alcohol", "tobacco"] } });
    const foodBank = await createProfiledPartner(database.db, "NONPROFIT", { profile: { ...NONPROFIT_PROFILE, excludeSectorTags: ["alcohol"] } });
    return { supermarket, foodBank };
  }

  it("answers an excluded pair's public profile as not found, from either side", async () => {
    const { supermarket, foodBank } = await excludedPair();
    await expect(getPublicProfile(database.db, supermarket, { organizationId: foodBank.organization.id, locale: "it" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPublicProfile(database.db, foodBank, { organizationId: supermarket.organization.id, locale: "it" })).rejects.toBeInstanceOf(NotFoundError);

    // A pair nothing forbids still sees it, with its fit.
    const other = await createProfiledPartner(database.db, "NONPROFIT");
    const profile = await getPublicProfile(database.db, supermarket, { organizationId: other.organization.id, locale: "it" });
    expect(profile.id).toBe(other.organization.id);
    expect(profile.fit?.score).toBeGreaterThan(0);
  });

  it("refuses an interest in an excluded pair, in either direction, and writes nothing", async () => {
    const { supermarket, foodBank } = await excludedPair();
    await expect(expressInterest(database.db, supermarket, { organizationId: foodBank.organization.id, message: INTEREST_MESSAGE })).rejects.toBeInstanceOf(NotFoundError);
    await expect(expressInterest(database.db, foodBank, { organizationId: supermarket.organization.id, message: INTEREST_MESSAGE })).rejects.toBeInstanceOf(NotFoundError);
    const written = await database.db.interest.count({
      where: { OR: [{ fromOrganizationId: supermarket.organization.id }, { toOrganizationId: supermarket.organization.id }] },
    });
    expect(written).toBe(0);
    const notified = await database.db.notification.count({ where: { userId: { in: [supermarket.user.id, foodBank.user.id] } } });
    expect(notified).toBe(0);

    const other = await createProfiledPartner(database.db, "NONPROFIT");
    await expect(expressInterest(database.db, supermarket, { organizationId: other.organization.id, message: INTEREST_MESSAGE })).resolves.toEqual({ id: expect.any(String) });
  });

  it("refuses to accept a proposal sent before the exclusion was added, writing nothing; a no is still possible", async () => {
    const supermarket = await createProfiledPartner(database.db, "COMPANY", { profile: { ...COMPANY_PROFILE, sectorTags: ["alcohol"] } });
    const foodBank = await createProfiledPartner(database.db, "NONPROFIT");
    const { id } = await expressInterest(database.db, supermarket, { organizationId: foodBank.organization.id, message: INTEREST_MESSAGE });
    // The food bank then says in its questionnaire that it refuses partners selling alcohol.
    await database.db.organizationProfile.update({
      where: { organizationId: foodBank.organization.id },
      data: { data: { ...NONPROFIT_PROFILE, excludeSectorTags: ["alcohol"] } },
    });
    const notifiedBefore = await database.db.notification.count({ where: { userId: supermarket.user.id } });

    const refusal = respondToInterest(database.db, foodBank, { interestId: id, decision: "accept" });
    await expect(refusal).rejects.toBeInstanceOf(ValidationError);
    await expect(refusal).rejects.toThrow("pairExcludedSector");
    const interest = await database.db.interest.findUniqueOrThrow({ where: { id } });
    expect(interest).toMatchObject({ status: "PENDING", toAcceptedAt: null });
    expect(await database.db.partnership.count({ where: { companyId: supermarket.organization.id } })).toBe(0);
    expect(await database.db.notification.count({ where: { userId: supermarket.user.id } })).toBe(notifiedBefore);

    await expect(respondToInterest(database.db, foodBank, { interestId: id, decision: "decline" })).resolves.toMatchObject({ status: "DECLINED" });
  });

  it("refuses it too when the company has since excluded every cause of the nonprofit", async () => {
    const company = await createProfiledPartner(database.db, "COMPANY");
    const nonprofit = await createProfiledPartner(database.db, "NONPROFIT"); // causes d and l only
    const { id } = await expressInterest(database.db, nonprofit, { organizationId: company.organization.id, message: INTEREST_MESSAGE });
    await database.db.organizationProfile.update({
      where: { organizationId: company.organization.id },
      data: { data: { ...COMPANY_PROFILE, excludeCauses: ["d", "l"] } },
    });
    await expect(respondToInterest(database.db, company, { interestId: id, decision: "accept" })).rejects.toThrow("pairExcludedCauses");
  });

  it("excludes a company that will not fund any cause of the nonprofit, as suggestions do", async () => {
    const company = await createProfiledPartner(database.db, "COMPANY", { profile: { ...COMPANY_PROFILE, excludeCauses: ["d", "l"] } });
    const nonprofit = await createProfiledPartner(database.db, "NONPROFIT"); // causes d and l only
    await expect(getPublicProfile(database.db, company, { organizationId: nonprofit.organization.id, locale: "it" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(expressInterest(database.db, nonprofit, { organizationId: company.organization.id, message: INTEREST_MESSAGE })).rejects.toBeInstanceOf(NotFoundError);
  });
});
