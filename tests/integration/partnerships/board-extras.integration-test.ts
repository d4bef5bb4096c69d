import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { assignStaffOwner } from "@/lib/partnerships/board/assign-staff-owner";
import { NO_BOARD_FILTERS, parseBoardFilters, type BoardFilters } from "@/lib/partnerships/board/board-filters";
import { setColumnSoftLimitSchema } from "@/lib/partnerships/board/column-soft-limit-schema";
import { loadBoard } from "@/lib/partnerships/board/load-board";
import { setColumnSoftLimit } from "@/lib/partnerships/board/set-column-soft-limit";
import { listPartnershipHistory } from "@/lib/partnerships/history/list-partnership-history";
import { movePartnership } from "@/lib/partnerships/move-partnership";
import { createPartnerUser, createUser } from "../../support/factories";
import { createBoardOrganization, createBoardPair, createPendingInterest, dateFromToday } from "../../support/board-builders";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

const DAY = 86_400_000;

describe("the staff board: proposals, filters, soft limits, owners and history", () => {
  let database: TestDatabase;
  let staff: Awaited<ReturnType<typeof createUser>>;
  let colleague: Awaited<ReturnType<typeof createUser>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    staff = await createUser(database.db, { role: "STAFF" });
    colleague = await createUser(database.db, { role: "ADMIN" });
  });
  afterAll(() => database.cleanup());

  const board = (filters: Partial<BoardFilters> = {}) => loadBoard(database.db, staff, { ...NO_BOARD_FILTERS, ...filters });
  const ids = (data: Awaited<ReturnType<typeof board>>) => data.columns.flatMap((column) => column.partnerships.map((card) => card.id));

  describe("cards", () => {
    it("show the earliest undone checklist item with a due date, of any phase, and flag overdue work", async () => {
      const { partnership } = await createBoardPair(database.db, { phase: "NEGOTIATION" });
      await database.db.checklistItem.createMany({
        data: [
          { partnershipId: partnership.id, phase: "PLANNING", text: "Fatto da tempo", dueDate: dateFromToday(-20), doneAt: new Date() },
          { partnershipId: partnership.id, phase: "NEGOTIATION", text: "Più avanti", dueDate: dateFromToday(9) },
          { partnershipId: partnership.id, phase: "PLANNING", text: "Rimasto indietro", dueDate: dateFromToday(-2) },
          { partnershipId: partnership.id, phase: "NEGOTIATION", text: "Senza data" },
        ],
      });
      const card = (await board()).columns.flatMap((column) => column.partnerships).find((entry) => entry.id === partnership.id);
      expect(card?.nextDue).toMatchObject({ text: "Rimasto indietro", phase: "PLANNING", dueDate: dateFromToday(-2) });
      expect(card?.flags).toEqual({ overdue: true, inactive: false });
    });

    it("flag an undone activity past its due date, and no activity for more than 30 days", async () => {
      const late = await createBoardPair(database.db, { phase: "MANAGEMENT" });
      await database.db.activity.create({ data: { partnershipId: late.partnership.id, title: "Laboratorio", dueOn: dateFromToday(-1) } });
      const quiet = await createBoardPair(database.db, { phase: "MANAGEMENT", lastActivityAt: new Date(Date.now() - 31 * DAY) });
      const fine = await createBoardPair(database.db, { phase: "MANAGEMENT", lastActivityAt: new Date(Date.now() - 29 * DAY) });
      await database.db.activity.create({ data: { partnershipId: fine.partnership.id, title: "Domani", dueOn: dateFromToday(1) } });
      const cards = (await board()).columns.flatMap((column) => column.partnerships);
      const flags = (id: string) => cards.find((card) => card.id === id)?.flags;
      expect(flags(late.partnership.id)).toEqual({ overdue: true, inactive: false });
      expect(flags(quiet.partnership.id)).toEqual({ overdue: false, inactive: true });
      expect(flags(fine.partnership.id)).toEqual({ overdue: false, inactive: false });
    });
  });

  describe("the Proposte column", () => {
    it("lists pending interests and introductions with the days waiting and the days left", async () => {
      const company = await createBoardOrganization(database.db, "COMPANY", { name: "Officina Proposta S.r.l." });
      const nonprofit = await createBoardOrganization(database.db, "NONPROFIT", { name: "Proposta Solidale ODV" });
      const interest = await createPendingInterest(database.db, {
        fromId: nonprofit.id,
        toId: company.id,
        createdAt: new Date(Date.now() - 4 * DAY - 1000),
        expiresAt: new Date(Date.now() + 6 * DAY + 1000),
      });
      const introduction = await createPendingInterest(database.db, { fromId: company.id, toId: nonprofit.id, introducedById: staff.id });
      const answered = await createPendingInterest(database.db, { fromId: company.id, toId: nonprofit.id });
      await database.db.interest.update({ where: { id: answered.id }, data: { status: "ACCEPTED" } });

      const proposals = (await board()).proposals;
      const byId = new Map(proposals.map((proposal) => [proposal.id, proposal]));
      expect(byId.get(interest.id)).toMatchObject({
        from: { name: "Proposta Solidale ODV" },
        to: { name: "Officina Proposta S.r.l." },
        introducedBy: null,
        daysWaiting: 4,
        expiresInDays: 6,
      });
      expect(byId.get(introduction.id)?.introducedBy).toEqual({ id: staff.id, name: staff.name });
      expect(byId.has(answered.id)).toBe(false);
    });
  });

  describe("filters", () => {
    let mine: Awaited<ReturnType<typeof createBoardPair>>;
    let theirs: Awaited<ReturnType<typeof createBoardPair>>;
    let nobody: Awaited<ReturnType<typeof createBoardPair>>;
    beforeAll(async () => {
      mine = await createBoardPair(database.db, { title: "Orti condivisi di Vigevano", staffOwnerId: staff.id, comune: "Vigevano", causes: ["s", "a"] });
      theirs = await createBoardPair(database.db, { title: "Bici per la scuola", staffOwnerId: colleague.id, comune: "Voghera", causes: ["d"] });
      nobody = await createBoardPair(database.db, { title: "Cucina di quartiere", causes: ["u"], lastActivityAt: new Date(Date.now() - 40 * DAY) });
    });

    it("by staff owner: mine, a colleague, or unassigned", async () => {
      expect(ids(await board({ owner: "mine" }))).toContain(mine.partnership.id);
      expect(ids(await board({ owner: "mine" }))).not.toContain(theirs.partnership.id);
      expect(ids(await board({ owner: colleague.id }))).toEqual([theirs.partnership.id]);
      const unassigned = ids(await board({ owner: "unassigned" }));
      expect(unassigned).toContain(nobody.partnership.id);
      expect(unassigned).not.toContain(mine.partnership.id);
    });

    it("by the nonprofit's cause, by comune, flagged only, and by name in any case", async () => {
      expect(ids(await board({ cause: "s" }))).toEqual([mine.partnership.id]);
      expect(ids(await board({ comune: "voghera" }))).toEqual([theirs.partnership.id]);
      const flagged = ids(await board({ flagged: true }));
      expect(flagged).toContain(nobody.partnership.id);
      expect(flagged).not.toContain(mine.partnership.id);
      expect(ids(await board({ q: "ORTI condivisi" }))).toEqual([mine.partnership.id]);
      expect(ids(await board({ q: theirs.nonprofit.name.toLowerCase() }))).toEqual([theirs.partnership.id]);
    });

    it("apply to proposals too, and count the cards they hide", async () => {
      const all = await board();
      const total = ids(all).length + all.proposals.length;
      expect(all.hidden).toBe(0);
      const company = await createBoardOrganization(database.db, "COMPANY", { name: "Cartiera Lomellina S.p.A." });
      const nonprofit = await createBoardOrganization(database.db, "NONPROFIT", { name: "Amici del Ticino APS", causes: ["e"] });
      const introduced = await createPendingInterest(database.db, { fromId: company.id, toId: nonprofit.id, introducedById: staff.id });

      const byCause = await board({ cause: "e" });
      expect(byCause.proposals.map((proposal) => proposal.id)).toEqual([introduced.id]);
      expect(ids(byCause)).toEqual([]);
      expect(byCause.hidden).toBe(total + 1 - 1);
      expect((await board({ q: "cartiera" })).proposals.map((proposal) => proposal.id)).toEqual([introduced.id]);
      expect((await board({ owner: "mine" })).proposals.map((proposal) => proposal.id)).toContain(introduced.id);
      expect((await board({ owner: "unassigned" })).proposals.map((proposal) => proposal.id)).not.toContain(introduced.id);
      expect((await board({ flagged: true })).proposals).toEqual([]);
    });

    it("are read from the URL, dropping what they do not understand", () => {
      expect(parseBoardFilters({ owner: "mine", cause: "s", comune: " Pavia ", flagged: "1", q: ["orti", "x"] })).toEqual({
        owner: "mine",
        cause: "s",
        comune: "Pavia",
        flagged: true,
        q: "orti",
      });
      expect(parseBoardFilters({ cause: "zz", flagged: "yes", q: "a".repeat(300) })).toEqual({ ...NO_BOARD_FILTERS, q: "a".repeat(100) });
    });

    it("leave moves working: a filtered board's neighbours are still valid", async () => {
      const moved = await movePartnership(database.db, staff, {
        partnershipId: mine.partnership.id,
        fromPhase: "PLANNING",
        toPhase: "NEGOTIATION",
        expectedVersion: 0,
      });
      expect(moved.phase).toBe("NEGOTIATION");
      const filtered = await board({ owner: "mine" });
      expect(filtered.columns.find((column) => column.phase === "NEGOTIATION")?.partnerships.map((card) => card.id)).toContain(mine.partnership.id);
    });
  });

  describe("soft limits", () => {
    it("are set per column, cleared with an empty value, and audited", async () => {
      await setColumnSoftLimit(database.db, staff, { column: "NEGOTIATION", softLimit: "3" });
      await setColumnSoftLimit(database.db, staff, { column: "PROPOSALS", softLimit: 12 });
      expect((await board()).softLimits).toEqual({ NEGOTIATION: 3, PROPOSALS: 12 });
      await setColumnSoftLimit(database.db, staff, { column: "NEGOTIATION", softLimit: "" });
      expect((await board()).softLimits).toEqual({ PROPOSALS: 12 });
      const audit = await database.db.auditLog.findMany({ where: { action: "board.softLimit", targetId: "NEGOTIATION" }, orderBy: { createdAt: "asc" } });
      expect(audit.map((row) => row.after)).toEqual([{ softLimit: 3 }, { softLimit: null }]);
    });

    it("accept only whole numbers from 1 to 500 and known columns", () => {
      for (const softLimit of ["0", "501", "2.5", "tre", -1]) {
        const parsed = setColumnSoftLimitSchema.safeParse({ column: "PLANNING", softLimit });
        expect(parsed.success).toBe(false);
        expect(parsed.error?.issues[0]?.message).toBe("limitInvalid");
      }
      expect(setColumnSoftLimitSchema.safeParse({ column: "ARCHIVE", softLimit: "5" }).success).toBe(false);
      expect(setColumnSoftLimitSchema.parse({ column: "MONITORING", softLimit: " 500 " })).toEqual({ column: "MONITORING", softLimit: 500 });
    });

    it("do not block moves into a full column", async () => {
      await setColumnSoftLimit(database.db, staff, { column: "AGREEMENT", softLimit: 1 });
      const first = await createBoardPair(database.db, { phase: "AGREEMENT" });
      const second = await createBoardPair(database.db, { phase: "NEGOTIATION" });
      await movePartnership(database.db, staff, { partnershipId: second.partnership.id, fromPhase: "NEGOTIATION", toPhase: "AGREEMENT", expectedVersion: 0 });
      const column = (await board()).columns.find((entry) => entry.phase === "AGREEMENT");
      expect(column?.partnerships.map((card) => card.id)).toEqual(expect.arrayContaining([first.partnership.id, second.partnership.id]));
    });

    it("are refused to partners", async () => {
      const { user } = await createPartnerUser(database.db, "COMPANY");
      await expect(setColumnSoftLimit(database.db, user, { column: "PLANNING", softLimit: 5 })).rejects.toThrow(ForbiddenError);
      await expect(loadBoard(database.db, user, NO_BOARD_FILTERS)).rejects.toThrow(ForbiddenError);
    });
  });

  describe("the staff owner", () => {
    it("is set and cleared by staff, with an audit row", async () => {
      const { partnership } = await createBoardPair(database.db);
      await assignStaffOwner(database.db, staff, { partnershipId: partnership.id, staffOwnerId: colleague.id });
      expect((await database.db.partnership.findUniqueOrThrow({ where: { id: partnership.id } })).staffOwnerId).toBe(colleague.id);
      await assignStaffOwner(database.db, staff, { partnershipId: partnership.id, staffOwnerId: "" });
      const row = await database.db.partnership.findUniqueOrThrow({ where: { id: partnership.id }, select: { staffOwnerId: true, version: true } });
      expect(row).toEqual({ staffOwnerId: null, version: 0 });
      const audit = await database.db.auditLog.findMany({ where: { action: "partnership.staffOwner", targetId: partnership.id }, orderBy: { createdAt: "asc" } });
      expect(audit.map((entry) => entry.after)).toEqual([
        { staffOwnerId: colleague.id, staffOwnerName: colleague.name },
        { staffOwnerId: null, staffOwnerName: null },
      ]);
    });

    it("must be an active staff member", async () => {
      const { partnership } = await createBoardPair(database.db);
      const partner = await createUser(database.db);
      const disabled = await createUser(database.db, { role: "STAFF", disabled: true });
      for (const staffOwnerId of [partner.id, disabled.id, "nobody"]) {
        await expect(assignStaffOwner(database.db, staff, { partnershipId: partnership.id, staffOwnerId })).rejects.toThrow(ValidationError);
      }
      await expect(assignStaffOwner(database.db, staff, { partnershipId: "missing", staffOwnerId: staff.id })).rejects.toThrow(NotFoundError);
    });

    it("is refused to partners, even of the partnership", async () => {
      const { user, organization } = await createPartnerUser(database.db, "COMPANY");
      const nonprofit = await createBoardOrganization(database.db, "NONPROFIT");
      const own = await database.db.partnership.create({
        data: { title: "La nostra", commonGoal: "Un obiettivo", companyId: organization.id, nonprofitId: nonprofit.id },
      });
      await expect(assignStaffOwner(database.db, user, { partnershipId: own.id, staffOwnerId: staff.id })).rejects.toThrow(ForbiddenError);
      expect((await database.db.partnership.findUniqueOrThrow({ where: { id: own.id } })).staffOwnerId).toBeNull();
    });
  });

  describe("the history", () => {
    it("tells who moved the card, when, from where to where and why, newest first, with other changes", async () => {
      const { partnership } = await createBoardPair(database.db, { phase: "AGREEMENT" });
      await movePartnership(database.db, staff, {
        partnershipId: partnership.id,
        fromPhase: "AGREEMENT",
        toPhase: "MANAGEMENT",
        expectedVersion: 0,
        reason: "Accordo firmato su carta in sede CSV.",
      });
      await assignStaffOwner(database.db, colleague, { partnershipId: partnership.id, staffOwnerId: staff.id });
      await movePartnership(database.db, colleague, { partnershipId: partnership.id, fromPhase: "MANAGEMENT", toPhase: "COMMUNICATION", expectedVersion: 1 });

      const history = await listPartnershipHistory(database.db, { kind: "staff", userId: staff.id, role: "STAFF" }, { partnershipId: partnership.id });
      expect(history).toEqual([
        expect.objectContaining({ kind: "move", actor: colleague.name, from: "MANAGEMENT", to: "COMMUNICATION", reason: null, gatesOverridden: [] }),
        expect.objectContaining({ kind: "staffOwner", actor: colleague.name, from: null, to: staff.name }),
        expect.objectContaining({
          kind: "move",
          actor: staff.name,
          from: "AGREEMENT",
          to: "MANAGEMENT",
          reason: "Accordo firmato su carta in sede CSV.",
          gatesOverridden: ["agreement-not-signed"],
        }),
      ]);
      expect(history[0]!.at.getTime()).toBeGreaterThanOrEqual(history[2]!.at.getTime());
    });

    it("is staff-only: partners of the partnership are refused, others do not find it", async () => {
      const { user, organization } = await createPartnerUser(database.db, "NONPROFIT");
      const company = await createBoardOrganization(database.db, "COMPANY");
      const own = await database.db.partnership.create({ data: { title: "Nostra", commonGoal: "Obiettivo", companyId: company.id, nonprofitId: organization.id } });
      const other = await createBoardPair(database.db);
      const viewer = { kind: "partner" as const, userId: user.id, organizationId: organization.id };
      await expect(listPartnershipHistory(database.db, viewer, { partnershipId: own.id })).rejects.toThrow(ForbiddenError);
      await expect(listPartnershipHistory(database.db, viewer, { partnershipId: other.partnership.id })).rejects.toThrow(NotFoundError);
    });
  });
});
