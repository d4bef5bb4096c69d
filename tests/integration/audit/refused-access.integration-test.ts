import { recordRefusedAccess, REFUSED_ACCESS_PER_ACTOR, REFUSED_ACCESS_WINDOW_MS } from "@/lib/audit/security-events";
import { recordRefusedPartnership } from "@/lib/partnerships/access/record-refused-partnership";
import { createPartnerUser, createPartnership } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("refused access in the security log", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  }, 180_000);
  afterAll(() => database.cleanup());

  const refusals = (actorId: string) => database.db.auditLog.findMany({ where: { action: "access.refused", actorId }, orderBy: { createdAt: "asc" } });

  it("records a partner's 404 on another organisation's partnership once per hour, with the address; not its own, not junk", async () => {
    const db = database.db;
    const company = await createPartnerUser(db, "COMPANY");
    const nonprofit = await createPartnerUser(db, "NONPROFIT");
    const outsider = await createPartnerUser(db, "COMPANY");
    const theirs = await createPartnership(db, { companyId: company.organization.id, nonprofitId: nonprofit.organization.id });
    const viewer = { kind: "partner" as const, userId: outsider.user.id, organizationId: outsider.organization.id };
    const now = new Date();

    expect(await recordRefusedPartnership(db, viewer, theirs.id, "203.0.113.9", now)).toBe(true);
    // A scanner repeating the request within the hour adds nothing.
    for (let i = 0; i < 5; i += 1) expect(await recordRefusedPartnership(db, viewer, theirs.id, "203.0.113.9", new Date(now.getTime() + i * 1000))).toBe(false);
    // An id that names nothing, or junk, is only a 404.
    expect(await recordRefusedPartnership(db, viewer, "c0000000000000000000000000", "203.0.113.9", now)).toBe(false);
    expect(await recordRefusedPartnership(db, viewer, "a\u0000b", "203.0.113.9", now)).toBe(false);
    // A party's own partnership (404 for another reason, e.g. no agreement yet) is no refusal.
    const own = { kind: "partner" as const, userId: company.user.id, organizationId: company.organization.id };
    expect(await recordRefusedPartnership(db, own, theirs.id, "203.0.113.9", now)).toBe(false);
    // Staff see every partnership.
    expect(await recordRefusedPartnership(db, { kind: "staff", userId: outsider.user.id, role: "STAFF" }, theirs.id, "203.0.113.9", now)).toBe(false);

    const rows = await refusals(outsider.user.id);
    expect(rows.map(({ targetType, targetId, ipAddress }) => ({ targetType, targetId, ipAddress }))).toEqual([
      { targetType: "Partnership", targetId: theirs.id, ipAddress: "203.0.113.9" },
    ]);
    expect(await refusals(company.user.id)).toEqual([]);

    // After the hour, the same attempt is recorded again.
    expect(await recordRefusedPartnership(db, viewer, theirs.id, "203.0.113.9", new Date(rows[0]!.createdAt.getTime() + REFUSED_ACCESS_WINDOW_MS + 1000))).toBe(true);
  });

  it("caps the rows of one actor per hour, however many targets it walks through", async () => {
    const db = database.db;
    const walker = await createPartnerUser(db, "NONPROFIT");
    const written: boolean[] = [];
    for (let i = 0; i < REFUSED_ACCESS_PER_ACTOR + 10; i += 1) {
      written.push(await recordRefusedAccess(db, { actorId: walker.user.id, targetType: "Partnership", targetId: `target${i}`, ipAddress: "203.0.113.10" }));
    }
    expect(written.filter(Boolean)).toHaveLength(REFUSED_ACCESS_PER_ACTOR);
    expect(await db.auditLog.count({ where: { action: "access.refused", actorId: walker.user.id } })).toBe(REFUSED_ACCESS_PER_ACTOR);
  });
});
