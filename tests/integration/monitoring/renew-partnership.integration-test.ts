import { NotFoundError } from "@/lib/errors";
import { getClosing } from "@/lib/partnerships/closing/get-closing";
import { renewalTitle, renewPartnership } from "@/lib/partnerships/closing/renew-partnership";
import { createOutsider, createPartnershipWithMembers, createStaffViewer } from "../../support/monitoring-builders";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("renewing a completed partnership", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  it("opens a new partnership between the same parties, at the end of the planning column, and tells both sides", async () => {
    const { partnership, companyViewer, nonprofit } = await createPartnershipWithMembers(database.db, "COMPLETED");
    const outsider = await createOutsider(database.db);
    if (outsider.kind !== "partner") throw new Error("expected a partner");
    await database.db.partnership.create({
      data: { title: "Ultima in colonna", commonGoal: "x", companyId: outsider.organizationId, nonprofitId: nonprofit.organization.id, position: 9000 },
    });
    const source = await database.db.partnership.findUniqueOrThrow({ where: { id: partnership.id } });

    const { id } = await renewPartnership(database.db, companyViewer, { partnershipId: partnership.id });
    const renewal = await database.db.partnership.findUniqueOrThrow({ where: { id } });
    expect(renewal).toMatchObject({
      title: renewalTitle(source.title),
      commonGoal: source.commonGoal,
      companyId: source.companyId,
      nonprofitId: source.nonprofitId,
      phase: "PLANNING",
      renewedFromId: source.id,
    });
    expect(renewal.title).toMatch(/ \(rinnovo \d{4}\)$/);
    expect(renewal.position).toBeGreaterThan(9000);
    const audit = await database.db.auditLog.findFirst({ where: { action: "partnership.renew", targetId: id } });
    expect(audit?.actorId).toBe(companyViewer.userId);
    const notice = await database.db.notification.findFirst({ where: { userId: nonprofit.user.id, kind: "partnership.renewed" } });
    expect(notice?.link).toBe(`/workspace/partnerships/${id}`);
  });

  it("renews a partnership only once, even when both sides press the button at once", async () => {
    const { partnership, companyViewer, nonprofitViewer } = await createPartnershipWithMembers(database.db, "COMPLETED");
    const results = await Promise.allSettled([
      renewPartnership(database.db, companyViewer, { partnershipId: partnership.id }),
      renewPartnership(database.db, nonprofitViewer, { partnershipId: partnership.id }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { message: "alreadyRenewed" } });
    expect(await database.db.partnership.count({ where: { renewedFromId: partnership.id } })).toBe(1);
  });

  it("lets staff renew too, but only a completed partnership, and never one of another organisation", async () => {
    const staff = await createStaffViewer(database.db);
    const completed = await createPartnershipWithMembers(database.db, "COMPLETED");
    await expect(renewPartnership(database.db, staff, { partnershipId: completed.partnership.id })).resolves.toHaveProperty("id");

    const open = await createPartnershipWithMembers(database.db, "MONITORING");
    await expect(renewPartnership(database.db, open.companyViewer, { partnershipId: open.partnership.id })).rejects.toMatchObject({ message: "notCompleted" });
    const other = await createPartnershipWithMembers(database.db, "COMPLETED");
    await expect(renewPartnership(database.db, await createOutsider(database.db), { partnershipId: other.partnership.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await database.db.partnership.count({ where: { renewedFromId: { in: [open.partnership.id, other.partnership.id] } } })).toBe(0);
  });

  it("tells how a partnership ended: its renewal, or why it was discontinued; never to another organisation", async () => {
    const completed = await createPartnershipWithMembers(database.db, "COMPLETED");
    const { id } = await renewPartnership(database.db, completed.nonprofitViewer, { partnershipId: completed.partnership.id });
    expect((await getClosing(database.db, completed.companyViewer, completed.partnership.id)).renewal?.id).toBe(id);

    const stopped = await createPartnershipWithMembers(database.db, "DISCONTINUED");
    await database.db.partnership.update({ where: { id: stopped.partnership.id }, data: { discontinuedReason: "Il teatro resta chiuso per lavori." } });
    expect(await getClosing(database.db, stopped.nonprofitViewer, stopped.partnership.id)).toEqual({
      phase: "DISCONTINUED",
      discontinuedReason: "Il teatro resta chiuso per lavori.",
      renewal: null,
      proposedRenewal: null,
    });
    await expect(getClosing(database.db, await createOutsider(database.db), stopped.partnership.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
