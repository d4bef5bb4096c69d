import { NotFoundError } from "@/lib/errors";
import { contactDetailsSchema } from "@/lib/organizations/contact-details-schema";
import { getContactDetails } from "@/lib/organizations/get-contact-details";
import { updateContactDetails } from "@/lib/organizations/update-contact-details";
import { createOrganization, createPartnerUser } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("an organisation's contact details", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  const details = { contactName: "Lucia Ferri", contactEmail: "lucia.ferri@example.it", contactPhone: "+39 0382 123456", website: "https://www.esempio.it" };

  it("are updated by a member, with an audit row, and read back", async () => {
    const partner = await createPartnerUser(database.db, "NONPROFIT");
    await updateContactDetails(database.db, partner, details);
    await expect(getContactDetails(database.db, partner)).resolves.toEqual(details);
    const audit = await database.db.auditLog.findFirst({ where: { targetId: partner.organization.id, action: "organization.update-contacts" } });
    expect(audit?.actorId).toBe(partner.user.id);

    await updateContactDetails(database.db, partner, { ...details, contactPhone: "", website: "" });
    await expect(getContactDetails(database.db, partner)).resolves.toMatchObject({ contactPhone: "", website: "" });
  });

  it("cannot be changed for another organisation, whatever id is passed", async () => {
    const partner = await createPartnerUser(database.db, "COMPANY");
    const other = await createOrganization(database.db, "NONPROFIT");
    const forged = { user: partner.user, organization: { id: other.id } };
    await expect(updateContactDetails(database.db, forged, details)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getContactDetails(database.db, forged)).rejects.toBeInstanceOf(NotFoundError);
    const untouched = await database.db.organization.findUniqueOrThrow({ where: { id: other.id } });
    expect(untouched.contactName).toBeNull();
  });

  it("are validated field by field", () => {
    const result = contactDetailsSchema.safeParse({ contactName: "L", contactEmail: "nope", contactPhone: "call me", website: "ftp://x" });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error?.issues.map((issue) => [issue.path[0], issue.message]) ?? []);
    expect(messages).toEqual({ contactName: "nameRequired", contactEmail: "emailInvalid", contactPhone: "phoneInvalid", website: "websiteInvalid" });
  });
});
