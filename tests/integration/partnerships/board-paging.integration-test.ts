import { ZodError } from "zod";
import { ForbiddenError } from "@/lib/errors";
import { encodeBoardCursor } from "@/lib/partnerships/board/board-cursor";
import { NO_BOARD_FILTERS, type BoardFilters } from "@/lib/partnerships/board/board-filters";
import { FIRST_PAGE_SIZE } from "@/lib/partnerships/board/board-page-size";
import { loadBoard } from "@/lib/partnerships/board/load-board";
import { loadBoardColumn } from "@/lib/partnerships/board/load-board-column";
import { listBoardPartnerships } from "@/lib/partnerships/list-board-partnerships";
import { movePartnership } from "@/lib/partnerships/move-partnership";
import { createUser } from "../../support/factories";
import { createBoardOrganization, createBoardPartnership, dateFromToday } from "../../support/board-builders";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

// The board read page by page, filtered in the database: the first page of each open
// column with its true count, the rest of a long column after a cursor, the closed
// columns on demand, and a move to the bottom of a column the browser holds only in part.

const DAY = 86_400_000;

describe("the staff board, read page by page", () => {
  let database: TestDatabase;
  let staff: Awaited<ReturnType<typeof createUser>>;
  let colleague: Awaited<ReturnType<typeof createUser>>;
  let companyId: string;
  let nonprofitId: string;
  let pavia: { companyId: string; nonprofitId: string };
  const planning: string[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
    staff = await createUser(database.db, { role: "STAFF" });
    colleague = await createUser(database.db, { role: "STAFF" });
    companyId = (await createBoardOrganization(database.db, "COMPANY", { name: "Officina Città Alta", comune: "Vigevano" })).id;
    nonprofitId = (await createBoardOrganization(database.db, "NONPROFIT", { name: "Amici del 100% ODV", causes: ["s"] })).id;
    pavia = {
      companyId: (await createBoardOrganization(database.db, "COMPANY", { comune: "Pavia" })).id,
      nonprofitId: (await createBoardOrganization(database.db, "NONPROFIT", { comune: "Pavia", causes: ["a"] })).id,
    };
    // 45 cards at the same position (as created): creation order, then id, orders them.
    for (let index = 0; index < 45; index += 1) {
      const { id } = await createBoardPartnership(database.db, { title: `Pianificata ${index}`, ...pavia, staffOwnerId: index % 3 === 0 ? staff.id : null });
      planning.push(id);
    }
    for (let index = 0; index < 3; index += 1) await createBoardPartnership(database.db, { title: `Conclusa ${index}`, phase: "COMPLETED", ...pavia });
  });
  afterAll(() => database.cleanup());

  const board = (filters: Partial<BoardFilters> = {}) => loadBoard(database.db, staff, { ...NO_BOARD_FILTERS, ...filters });
  const column = (data: Awaited<ReturnType<typeof board>>, phase: string) => data.columns.find((entry) => entry.phase === phase)!;
  const ids = (cards: { id: string }[]) => cards.map((card) => card.id);

  it("sends each open column's first page with its true count, and no closed card", async () => {
    const data = await board();
    const first = column(data, "PLANNING");
    expect(first.total).toBe(45);
    expect(ids(first.partnerships)).toEqual(planning.slice(0, FIRST_PAGE_SIZE));
    expect(first.nextCursor).toEqual(expect.any(String));
    expect(column(data, "COMPLETED")).toEqual({ phase: "COMPLETED", partnerships: [], total: 3, nextCursor: null });
    expect(column(data, "NEGOTIATION")).toEqual({ phase: "NEGOTIATION", partnerships: [], total: 0, nextCursor: null });
  });

  it("reads the rest of a long column after its cursor, in board order, without gaps or repeats", async () => {
    const first = column(await board(), "PLANNING");
    const second = await loadBoardColumn(database.db, staff, NO_BOARD_FILTERS, { phase: "PLANNING", after: first.nextCursor, limit: 20 });
    const third = await loadBoardColumn(database.db, staff, NO_BOARD_FILTERS, { phase: "PLANNING", after: second.nextCursor, limit: 50 });
    expect(third.nextCursor).toBeNull();
    const all = [...first.partnerships, ...second.cards, ...third.cards];
    expect(ids(all)).toEqual(planning);
    const whole = (await listBoardPartnerships(database.db, staff)).find((entry) => entry.phase === "PLANNING")!;
    expect(ids(whole.partnerships)).toEqual(planning);
  });

  it("reads a closed column on demand", async () => {
    const closed = await loadBoardColumn(database.db, staff, NO_BOARD_FILTERS, { phase: "COMPLETED", limit: 2 });
    expect(closed.cards.map((card) => card.title)).toEqual(["Conclusa 0", "Conclusa 1"]);
    const rest = await loadBoardColumn(database.db, staff, NO_BOARD_FILTERS, { phase: "COMPLETED", after: closed.nextCursor, limit: 2 });
    expect([rest.cards.map((card) => card.title), rest.nextCursor]).toEqual([["Conclusa 2"], null]);
  });

  it("filters in the database: the counts are the filtered totals, the hidden ones are counted", async () => {
    const special = await createBoardPartnership(database.db, { title: "Laboratorio di città", phase: "NEGOTIATION", companyId, nonprofitId, staffOwnerId: colleague.id });
    const quiet = await createBoardPartnership(database.db, { title: "Ferma da tempo", phase: "NEGOTIATION", ...pavia, lastActivityAt: new Date(Date.now() - 40 * DAY) });
    const late = await createBoardPartnership(database.db, { title: "Attività scaduta", phase: "AGREEMENT", ...pavia });
    await database.db.activity.create({ data: { partnershipId: late.id, title: "Incontro", dueOn: dateFromToday(-1) } });
    const everything = 45 + 3 + 3;

    const mine = await board({ owner: "mine" });
    expect(column(mine, "PLANNING").total).toBe(15);
    expect(column(mine, "PLANNING").partnerships).toHaveLength(15);
    expect(column(mine, "PLANNING").nextCursor).toBeNull();
    expect(mine.hidden).toBe(everything - 15);

    // Case and accents ignored, in the title and both parties' names.
    expect(ids(column(await board({ q: "CITTA" }), "NEGOTIATION").partnerships)).toEqual([special.id]);
    expect(ids(column(await board({ q: "officina citta" }), "NEGOTIATION").partnerships)).toEqual([special.id]);
    // A LIKE wildcard in the search is a plain character.
    const percent = await board({ q: "100%" });
    expect(percent.columns.flatMap((entry) => ids(entry.partnerships))).toEqual([special.id]);
    expect((await board({ q: "_" })).columns.reduce((sum, entry) => sum + entry.total, 0)).toBe(0);

    expect(ids(column(await board({ comune: "vigevano" }), "NEGOTIATION").partnerships)).toEqual([special.id]);
    expect(column(await board({ comune: "vigevano" }), "PLANNING").total).toBe(0);
    expect(ids(column(await board({ owner: colleague.id }), "NEGOTIATION").partnerships)).toEqual([special.id]);
    expect(ids(column(await board({ cause: "s" }), "NEGOTIATION").partnerships)).toEqual([special.id]);
    const flagged = await board({ flagged: true });
    expect(ids(column(flagged, "NEGOTIATION").partnerships)).toEqual([quiet.id]);
    expect(ids(column(flagged, "AGREEMENT").partnerships)).toEqual([late.id]);
    expect(column(flagged, "COMPLETED").total).toBe(0);

    // The pages read later keep the filters.
    const unassigned = await loadBoardColumn(database.db, staff, { ...NO_BOARD_FILTERS, owner: "unassigned" }, { phase: "PLANNING", limit: 100 });
    expect(ids(unassigned.cards)).toEqual(planning.filter((_, index) => index % 3 !== 0));
  });

  it("is refused to partners, and a forged cursor is refused", async () => {
    const partner = await createUser(database.db, { role: "PARTNER" });
    await expect(loadBoardColumn(database.db, partner, NO_BOARD_FILTERS, { phase: "PLANNING" })).rejects.toThrow(ForbiddenError);
    await expect(loadBoard(database.db, partner, NO_BOARD_FILTERS)).rejects.toThrow(ForbiddenError);
    await expect(loadBoardColumn(database.db, staff, NO_BOARD_FILTERS, { phase: "PLANNING", after: "bm90LWEtY3Vyc29y" })).rejects.toThrow(ZodError);
    const injected = encodeBoardCursor({ position: 0, createdAt: "2026-01-01T00:00:00.000' OR 1=1 --", id: "x" });
    await expect(loadBoardColumn(database.db, staff, NO_BOARD_FILTERS, { phase: "PLANNING", after: injected })).rejects.toThrow(ZodError);
    await expect(loadBoardColumn(database.db, staff, NO_BOARD_FILTERS, { phase: "PLANNING", limit: 501 })).rejects.toThrow(ZodError);
  });

  it("puts a card dropped at the bottom of a partly read column right after the last card shown, even among equal positions", async () => {
    const first = column(await board(), "PLANNING");
    const lastShown = first.partnerships.at(-1)!;
    const moving = await createBoardPartnership(database.db, { title: "In arrivo", phase: "NEGOTIATION", ...pavia });
    await movePartnership(database.db, staff, { partnershipId: moving.id, fromPhase: "NEGOTIATION", toPhase: "PLANNING", expectedVersion: 0, beforeId: lastShown.id, afterId: null });
    const again = column(await board(), "PLANNING");
    expect(again.total).toBe(46);
    const rest = await loadBoardColumn(database.db, staff, NO_BOARD_FILTERS, { phase: "PLANNING", after: again.nextCursor, limit: 100 });
    const order = ids([...again.partnerships, ...rest.cards]);
    expect(order.indexOf(moving.id)).toBe(order.indexOf(lastShown.id) + 1);
    // Every other card keeps its place.
    expect(order.filter((id) => id !== moving.id)).toEqual(planning);
  });

  it("still puts a card asked 'at the end' (no neighbours) after every card of the column, read or not", async () => {
    const moving = await createBoardPartnership(database.db, { title: "In fondo", phase: "NEGOTIATION", ...pavia });
    await movePartnership(database.db, staff, { partnershipId: moving.id, fromPhase: "NEGOTIATION", toPhase: "PLANNING", expectedVersion: 0, beforeId: null, afterId: null });
    const whole = (await listBoardPartnerships(database.db, staff)).find((entry) => entry.phase === "PLANNING")!;
    expect(whole.partnerships.at(-1)?.id).toBe(moving.id);
  });
});
