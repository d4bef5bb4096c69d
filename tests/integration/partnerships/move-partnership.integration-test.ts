import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { listBoardPartnerships } from "@/lib/partnerships/list-board-partnerships";
import { movePartnership, ReasonRequiredError } from "@/lib/partnerships/move-partnership";
import { createOrganization, createPartnership, createPartnerUser, createUser } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("moving a partnership on the staff board", () => {
  let database: TestDatabase;
  let staff: Awaited<ReturnType<typeof createUser>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    staff = await createUser(database.db, { role: "STAFF" });
  });
  afterAll(() => database.cleanup());

  async function card(phase: PartnershipPhase = "PLANNING", position = 0) {
    const company = await createOrganization(database.db, "COMPANY");
    const nonprofit = await createOrganization(database.db, "NONPROFIT");
    const created = await createPartnership(database.db, { companyId: company.id, nonprofitId: nonprofit.id }, phase);
    await database.db.partnership.update({ where: { id: created.id }, data: { position } });
    return created;
  }
  const read = (id: string) =>
    database.db.partnership.findUniqueOrThrow({
      where: { id },
      select: { phase: true, position: true, version: true, phaseEnteredAt: true, discontinuedReason: true, endedAt: true },
    });
  const audits = (id: string) => database.db.auditLog.findMany({ where: { targetId: id, action: "partnership.move" } });

  it("reorders a card inside its column, and the order persists", async () => {
    const [first, second, third] = [await card("NEGOTIATION", 1000), await card("NEGOTIATION", 2000), await card("NEGOTIATION", 3000)];
    const enteredBefore = (await read(third!.id)).phaseEnteredAt;

    const result = await movePartnership(database.db, staff, {
      partnershipId: third!.id,
      fromPhase: "NEGOTIATION",
      toPhase: "NEGOTIATION",
      expectedVersion: 0,
      beforeId: first!.id,
      afterId: second!.id,
    });

    expect(result).toEqual({ id: third!.id, moveId: expect.any(String), phase: "NEGOTIATION", position: 1500, version: 1 });
    const column = (await listBoardPartnerships(database.db, staff)).find((entry) => entry.phase === "NEGOTIATION");
    expect(column?.partnerships.map((entry) => entry.id)).toEqual([first!.id, third!.id, second!.id]);
    expect((await read(third!.id)).phaseEnteredAt).toEqual(enteredBefore);
  });

  it("renumbers the column when two neighbours are too close to halve, keeping the order", async () => {
    const [first, second, moving] = [await card("COMMUNICATION", 1000), await card("COMMUNICATION", 1000 + 1e-7), await card("COMMUNICATION", 5000)];
    await movePartnership(database.db, staff, {
      partnershipId: moving!.id,
      fromPhase: "COMMUNICATION",
      toPhase: "COMMUNICATION",
      expectedVersion: 0,
      beforeId: first!.id,
      afterId: second!.id,
    });
    const column = (await listBoardPartnerships(database.db, staff)).find((entry) => entry.phase === "COMMUNICATION");
    expect(column?.partnerships.map((entry) => entry.id)).toEqual([first!.id, moving!.id, second!.id]);
    const positions = column?.partnerships.map((entry) => entry.position) ?? [];
    expect(positions[1]! - positions[0]!).toBeGreaterThan(1);
    expect((await read(first!.id)).version).toBe(0);
  });

  it("moves a card to another phase, at the end of the column when dropped without neighbours", async () => {
    const moving = await card("PLANNING");
    const result = await movePartnership(database.db, staff, {
      partnershipId: moving.id,
      fromPhase: "PLANNING",
      toPhase: "AGREEMENT",
      expectedVersion: 0,
    });
    expect(result.phase).toBe("AGREEMENT");
    expect((await read(moving.id)).phase).toBe("AGREEMENT");
    expect(await audits(moving.id)).toHaveLength(1);
  });

  it("refuses a gated move without a written reason, and changes nothing", async () => {
    const gated = await card("AGREEMENT", 500);
    const before = await read(gated.id);
    const attempt = movePartnership(database.db, staff, {
      partnershipId: gated.id,
      fromPhase: "AGREEMENT",
      toPhase: "MANAGEMENT",
      expectedVersion: 0,
      reason: "troppo",
    });
    await expect(attempt).rejects.toBeInstanceOf(ReasonRequiredError);
    await expect(attempt).rejects.toMatchObject({ gates: ["agreement-not-signed"] });
    expect(await read(gated.id)).toEqual(before);
    expect(await audits(gated.id)).toHaveLength(0);
  });

  it("lets a gated move through with a reason, recorded in the audit row with the gates overridden", async () => {
    const gated = await card("AGREEMENT");
    const reason = "Accordo firmato su carta, lo carichiamo la prossima settimana.";
    await movePartnership(database.db, staff, {
      partnershipId: gated.id,
      fromPhase: "AGREEMENT",
      toPhase: "MANAGEMENT",
      expectedVersion: 0,
      reason,
    });
    expect((await read(gated.id)).phase).toBe("MANAGEMENT");
    const [audit] = await audits(gated.id);
    expect(audit?.actorId).toBe(staff.id);
    expect(audit?.before).toMatchObject({ phase: "AGREEMENT", version: 0 });
    expect(audit?.after).toMatchObject({ phase: "MANAGEMENT", version: 1, reason, gatesOverridden: ["agreement-not-signed"] });
  });

  it("asks a reason to discontinue, then stores it and closes the partnership", async () => {
    const stopping = await card("MANAGEMENT");
    const base = { partnershipId: stopping.id, fromPhase: "MANAGEMENT", toPhase: "DISCONTINUED", expectedVersion: 0 } as const;
    await expect(movePartnership(database.db, staff, base)).rejects.toBeInstanceOf(ReasonRequiredError);
    await movePartnership(database.db, staff, { ...base, reason: "L'impresa ha chiuso la sede di Pavia." });
    const after = await read(stopping.id);
    expect(after.phase).toBe("DISCONTINUED");
    expect(after.discontinuedReason).toBe("L'impresa ha chiuso la sede di Pavia.");
    expect(after.endedAt).toBeInstanceOf(Date);
  });

  it("applies exactly one of 20 concurrent moves from the same version: the others conflict", async () => {
    const contested = await card("PLANNING");
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        movePartnership(database.db, staff, {
          partnershipId: contested.id,
          fromPhase: "PLANNING",
          toPhase: "NEGOTIATION",
          expectedVersion: 0,
        }),
      ),
    );
    const fulfilled = outcomes.filter((outcome) => outcome.status === "fulfilled");
    const rejected = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(19);
    for (const outcome of rejected) expect(outcome.reason).toBeInstanceOf(ConflictError);
    expect(await audits(contested.id)).toHaveLength(1);
    expect((await read(contested.id)).version).toBe(1);
  });

  it("answers a conflict to a client that saw an old version or phase", async () => {
    const stale = await card("PLANNING");
    await movePartnership(database.db, staff, { partnershipId: stale.id, fromPhase: "PLANNING", toPhase: "NEGOTIATION", expectedVersion: 0 });
    await expect(
      movePartnership(database.db, staff, { partnershipId: stale.id, fromPhase: "PLANNING", toPhase: "AGREEMENT", expectedVersion: 0 }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      movePartnership(database.db, staff, { partnershipId: stale.id, fromPhase: "PLANNING", toPhase: "AGREEMENT", expectedVersion: 1 }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await read(stale.id)).phase).toBe("NEGOTIATION");
  });

  it("refuses partners, even on their own partnership", async () => {
    const company = await createPartnerUser(database.db, "COMPANY");
    const nonprofit = await createOrganization(database.db, "NONPROFIT");
    const own = await createPartnership(database.db, { companyId: company.organization.id, nonprofitId: nonprofit.id });
    await expect(
      movePartnership(database.db, company.user, { partnershipId: own.id, fromPhase: "PLANNING", toPhase: "NEGOTIATION", expectedVersion: 0 }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect((await read(own.id)).version).toBe(0);
  });

  it("answers NotFoundError for an unknown id", async () => {
    await expect(
      movePartnership(database.db, staff, { partnershipId: "sconosciuta", fromPhase: "PLANNING", toPhase: "NEGOTIATION", expectedVersion: 0 }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("never moves a closed partnership, not even with a reason", async () => {
    const closed = await card("COMPLETED");
    for (const toPhase of ["MONITORING", "PLANNING", "DISCONTINUED", "COMPLETED"] as const) {
      await expect(
        movePartnership(database.db, staff, {
          partnershipId: closed.id,
          fromPhase: "COMPLETED",
          toPhase,
          expectedVersion: 0,
          reason: "Un motivo lungo abbastanza per passare.",
        }),
      ).rejects.toBeInstanceOf(ValidationError);
    }
    expect((await read(closed.id)).phase).toBe("COMPLETED");
  });

  it("gives the phase entered its default checklist at once, and only once", async () => {
    const moved = await card("PLANNING");
    const itemsOf = (phase: PartnershipPhase) =>
      database.db.checklistItem.findMany({ where: { partnershipId: moved.id, phase }, select: { templateKey: true } });
    expect(await itemsOf("NEGOTIATION")).toHaveLength(0);
    await movePartnership(database.db, staff, { partnershipId: moved.id, fromPhase: "PLANNING", toPhase: "NEGOTIATION", expectedVersion: 0 });
    const keys = (await itemsOf("NEGOTIATION")).map((item) => item.templateKey).sort();
    expect(keys).toEqual(["contributions", "expectations", "indicators-draft", "roles"]);
    // Back and forth again: the list is not duplicated.
    await movePartnership(database.db, staff, { partnershipId: moved.id, fromPhase: "NEGOTIATION", toPhase: "PLANNING", expectedVersion: 1 });
    await movePartnership(database.db, staff, { partnershipId: moved.id, fromPhase: "PLANNING", toPhase: "NEGOTIATION", expectedVersion: 2 });
    expect(await itemsOf("NEGOTIATION")).toHaveLength(4);
  });
});
