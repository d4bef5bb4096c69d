import { appendPage, mergeFresh, partialOf, withCards } from "@/components/board/column-state";
import type { BoardCard, BoardColumns } from "@/components/board/types";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { planCardDrop } from "@/lib/partnerships/board/plan-card-drop";
import { ALL_PHASES } from "@/lib/partnerships/phases";

const card = (id: string, phase: PartnershipPhase): BoardCard => ({
  id,
  title: `Card ${id}`,
  phase,
  position: 1000,
  version: 0,
  daysInPhase: 1,
  company: "Impresa",
  nonprofit: "Associazione",
  owner: null,
  ownerId: null,
  nextDue: null,
  flags: { overdue: false, inactive: false },
});

/** Columns from "phase: [ids, total, more?]"; the closed ones unread unless given. */
function columnsOf(spec: Partial<Record<PartnershipPhase, [string[], number, boolean?]>>): BoardColumns {
  return Object.fromEntries(
    ALL_PHASES.map((phase) => {
      const [ids, total, more] = spec[phase] ?? [[], 0, false];
      const closed = phase === "COMPLETED" || phase === "DISCONTINUED";
      return [phase, { cards: ids.map((id) => card(id, phase)), total, nextCursor: more ? `after-${ids.at(-1)}` : null, loaded: !closed || phase in spec }];
    }),
  ) as BoardColumns;
}

const ids = (columns: BoardColumns, phase: PartnershipPhase) => columns[phase].cards.map((entry) => entry.id);

describe("the board's columns as the browser holds them", () => {
  it("knows which columns it holds only in part: more pages, or a closed column not read", () => {
    const columns = columnsOf({ PLANNING: [["a", "b"], 40, true], NEGOTIATION: [["x"], 1] });
    expect([...partialOf(columns)].sort()).toEqual(["COMPLETED", "DISCONTINUED", "PLANNING"]);
  });

  it("moves a card between columns and their true counts follow", () => {
    const columns = columnsOf({ PLANNING: [["a", "b"], 40, true], NEGOTIATION: [["x"], 1] });
    const drop = planCardDrop(
      Object.fromEntries(ALL_PHASES.map((phase) => [phase, columns[phase].cards])) as Record<PartnershipPhase, BoardCard[]>,
      "a",
      "NEGOTIATION",
      1,
    )!;
    const moved = withCards(columns, drop.board);
    expect([moved.PLANNING.total, moved.NEGOTIATION.total]).toEqual([39, 2]);
    expect(moved.PLANNING.nextCursor).toBe("after-b");
  });

  it("appends a page once, keeping a card it already holds only once", () => {
    const columns = columnsOf({ PLANNING: [["a", "b"], 4, true] });
    const next = appendPage(columns, "PLANNING", { cards: [card("b", "PLANNING"), card("c", "PLANNING"), card("d", "PLANNING")], nextCursor: null });
    expect([ids(next, "PLANNING"), next.PLANNING.nextCursor]).toEqual([["a", "b", "c", "d"], null]);
  });

  it("keeps a column read further than the fresh first page, and asks to read it again that far", () => {
    const local = columnsOf({ PLANNING: [["a", "b", "c", "d"], 40, true], NEGOTIATION: [["x"], 1], COMPLETED: [["k"], 5, true] });
    const fresh = columnsOf({ PLANNING: [["a", "b"], 41, true], NEGOTIATION: [["x", "y"], 2] });
    const merged = mergeFresh(local, fresh);
    expect(ids(merged.columns, "PLANNING")).toEqual(["a", "b", "c", "d"]);
    expect(merged.columns.PLANNING.total).toBe(41);
    expect(ids(merged.columns, "NEGOTIATION")).toEqual(["x", "y"]);
    expect(ids(merged.columns, "COMPLETED")).toEqual(["k"]);
    expect(merged.reread).toEqual([
      { phase: "PLANNING", count: 20 },
      { phase: "COMPLETED", count: 20 },
    ]);
  });
});
