import { NotFoundError } from "@/lib/errors";
import { requirePartnershipAccess } from "@/lib/partnerships/access/require-partnership-access";
import { touchPartnership } from "@/lib/partnerships/access/touch-partnership";
import { createOrganization, createPartnership, createPartnerUser, createUser } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("resolving who may open a partnership", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  async function partnershipWithMembers() {
    const company = await createPartnerUser(database.db, "COMPANY");
    const nonprofit = await createPartnerUser(database.db, "NONPROFIT");
    const partnership = await createPartnership(database.db, { companyId: company.organization.id, nonprofitId: nonprofit.organization.id });
    const asPartner = (member: typeof company) => ({ kind: "partner" as const, userId: member.user.id, organizationId: member.organization.id });
    return { company, nonprofit, partnership, asPartner };
  }

  it("gives each partner its own side of the partnership", async () => {
    const { company, nonprofit, partnership, asPartner } = await partnershipWithMembers();
    const companyAccess = await requirePartnershipAccess(database.db, asPartner(company), partnership.id);
    expect(companyAccess).toMatchObject({ side: "COMPANY", isStaff: false, phase: "PLANNING", closed: false });
    const nonprofitAccess = await requirePartnershipAccess(database.db, asPartner(nonprofit), partnership.id);
    expect(nonprofitAccess).toMatchObject({ side: "NONPROFIT", isStaff: false });
  });

  it("answers 'not found' to a partner of another organisation, exactly as for an id that does not exist", async () => {
    const { partnership } = await partnershipWithMembers();
    const stranger = await createPartnerUser(database.db, "COMPANY");
    const viewer = { kind: "partner" as const, userId: stranger.user.id, organizationId: stranger.organization.id };
    await expect(requirePartnershipAccess(database.db, viewer, partnership.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(requirePartnershipAccess(database.db, viewer, "does-not-exist")).rejects.toBeInstanceOf(NotFoundError);
    await expect(requirePartnershipAccess(database.db, viewer, "x".repeat(500))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lets staff and admins open any partnership, acting for neither side", async () => {
    const { partnership } = await partnershipWithMembers();
    for (const role of ["STAFF", "ADMIN"] as const) {
      const user = await createUser(database.db, { role });
      const access = await requirePartnershipAccess(database.db, { kind: "staff", userId: user.id, role }, partnership.id);
      expect(access).toMatchObject({ side: null, isStaff: true });
    }
  });

  it("does not let a partner pass itself off as staff", async () => {
    const { partnership, company } = await partnershipWithMembers();
    const forged = { kind: "staff" as const, userId: company.user.id, role: "PARTNER" as const };
    await expect(requirePartnershipAccess(database.db, forged, partnership.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("marks completed and discontinued partnerships as closed", async () => {
    const company = await createOrganization(database.db, "COMPANY");
    const nonprofit = await createOrganization(database.db, "NONPROFIT");
    const staff = await createUser(database.db, { role: "STAFF" });
    const viewer = { kind: "staff" as const, userId: staff.id, role: "STAFF" as const };
    for (const phase of ["COMPLETED", "DISCONTINUED"] as const) {
      const partnership = await createPartnership(database.db, { companyId: company.id, nonprofitId: nonprofit.id }, phase);
      await expect(requirePartnershipAccess(database.db, viewer, partnership.id)).resolves.toMatchObject({ closed: true, phase });
    }
  });

  it("records activity, which re-arms the inactivity reminder", async () => {
    const { partnership } = await partnershipWithMembers();
    const old = new Date("2026-01-01T10:00:00Z");
    await database.db.partnership.update({ where: { id: partnership.id }, data: { lastActivityAt: old, inactivityRemindedAt: old } });
    const now = new Date("2026-03-01T10:00:00Z");
    await touchPartnership(database.db, partnership.id, now);
    const row = await database.db.partnership.findUniqueOrThrow({ where: { id: partnership.id }, select: { lastActivityAt: true, inactivityRemindedAt: true } });
    expect(row).toEqual({ lastActivityAt: now, inactivityRemindedAt: null });
  });
});
