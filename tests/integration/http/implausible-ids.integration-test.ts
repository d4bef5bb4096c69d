import { NotFoundError } from "@/lib/errors";
import { getOrganizationForReview } from "@/lib/organizations/get-organization-for-review";
import { requirePartnershipAccess } from "@/lib/partnerships/access/require-partnership-access";
import { getPublicProfile } from "@/lib/suggestions/get-public-profile";
import { createPartnerUser, createUser } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

// What a URL's [id] segment holds reaches these services as it is: junk is "not found"
// (the pages answer 404), never a database error (500).
const JUNK = ["a\u0000b", "x".repeat(65), "abc\ud800", "<script>", ""];

describe("dynamic [id] segments that are not an id", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  it.each(JUNK)("are not found by the staff organisation review, the partner profile and the partnership pages (%j)", async (id) => {
    const staff = await createUser(database.db, { role: "STAFF" });
    const partner = await createPartnerUser(database.db, "COMPANY");
    await expect(getOrganizationForReview(database.db, staff, { organizationId: id, locale: "it" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPublicProfile(database.db, partner, { organizationId: id, locale: "it" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(requirePartnershipAccess(database.db, { kind: "staff", userId: staff.id, role: "STAFF" }, id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
