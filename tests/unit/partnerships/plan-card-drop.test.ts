import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { planCardDrop, planPlacement, planUndo, placementOf, type BoardColumns, type DropCard } from "@/lib/partnerships/board/plan-card-drop";
import { ALL_PHASES } from "@/lib/partnerships/phases";

type Card = DropCard & { title: string };

/** A board from "column: ids" lists; positions 1000, 2000… and version 3, 7 days in phase. */
function boardOf(columns: Partial<Record<PartnershipPhase, string[]>>): BoardColumns<Card> {
  const board = Object.fromEntries(ALL_PHASES.map((phase) => [phase, [] as Card[]])) as BoardColumns<Card>;
  for (const [phase, ids] of Object.entries(columns) as [PartnershipPhase, string[]][]) {
    board[phase] = ids.map((id, index) => ({ id, title: `Card ${id}`, phase, position: (index + 1) * 1000, version: 3, daysInPhase: 7 }));
  }
  return board;
}

const ids = (board: BoardColumns<Card>, phase: PartnershipPhase) => board[phase].map((card) => card.id);

describe("planCardDrop (the board's drop arithmetic)", () => {
  const board = boardOf({ PLANNING: ["a", "b", "c", "d"], NEGOTIATION: ["x", "y"] });

  it("moves a card down within its column: it takes the place of the card it is dropped on", () => {
    const drop = planCardDrop(board, "a", "PLANNING", 2)!;
    expect(ids(drop.board, "PLANNING")).toEqual(["b", "c", "a", "d"]);
    expect(drop.request).toEqual({ partnershipId: "a", fromPhase: "PLANNING", toPhase: "PLANNING", expectedVersion: 3, beforeId: "c", afterId: "d" });
    const moved = drop.board.PLANNING[2]!;
    expect(moved.position).toBe(3500);
    expect(moved.daysInPhase).toBe(7);
    expect(moved.title).toBe("Card a");
  });

  it("moves a card up within its column", () => {
    const drop = planCardDrop(board, "d", "PLANNING", 1)!;
    expect(ids(drop.board, "PLANNING")).toEqual(["a", "d", "b", "c"]);
    expect(drop.request).toMatchObject({ beforeId: "a", afterId: "b" });
    expect(drop.board.PLANNING[1]!.position).toBe(1500);
  });

  it("moves a card to the top of a column: no card above it", () => {
    const drop = planCardDrop(board, "c", "PLANNING", 0)!;
    expect(ids(drop.board, "PLANNING")).toEqual(["c", "a", "b", "d"]);
    expect(drop.request).toMatchObject({ beforeId: null, afterId: "a" });
    expect(drop.board.PLANNING[0]!.position).toBe(0);
  });

  it("moves a card to the bottom of a column, an index past the end included: asked as 'at the end'", () => {
    const drop = planCardDrop(board, "b", "PLANNING", 99)!;
    expect(ids(drop.board, "PLANNING")).toEqual(["a", "c", "d", "b"]);
    expect(drop.request).toMatchObject({ beforeId: null, afterId: null });
    expect(drop.board.PLANNING[3]!.position).toBe(5000);
  });

  it("moves a card across columns: it leaves the old one, days in phase start again", () => {
    const drop = planCardDrop(board, "b", "NEGOTIATION", 1)!;
    expect(ids(drop.board, "PLANNING")).toEqual(["a", "c", "d"]);
    expect(ids(drop.board, "NEGOTIATION")).toEqual(["x", "b", "y"]);
    expect(drop.request).toEqual({ partnershipId: "b", fromPhase: "PLANNING", toPhase: "NEGOTIATION", expectedVersion: 3, beforeId: "x", afterId: "y" });
    expect(drop.board.NEGOTIATION[1]).toMatchObject({ phase: "NEGOTIATION", daysInPhase: 0, position: 1500 });
    expect(drop.previous).toEqual({ phase: "PLANNING", beforeId: "a", afterId: "c" });
  });

  it("moves a card to an empty column: no neighbours, the first position", () => {
    const drop = planCardDrop(board, "a", "AGREEMENT", 0)!;
    expect(ids(drop.board, "AGREEMENT")).toEqual(["a"]);
    expect(drop.request).toMatchObject({ toPhase: "AGREEMENT", beforeId: null, afterId: null });
    expect(drop.board.AGREEMENT[0]!.position).toBe(1000);
  });

  it("leaves the board untouched: a new board object, the old one as it was", () => {
    const before = JSON.stringify(board);
    planCardDrop(board, "a", "NEGOTIATION", 0);
    expect(JSON.stringify(board)).toBe(before);
  });

  it("answers null for a drop where the card already is, and for a card not on the board", () => {
    expect(planCardDrop(board, "b", "PLANNING", 1)).toBeNull();
    expect(planCardDrop(board, "d", "PLANNING", 10)).toBeNull();
    expect(planCardDrop(board, "nope", "PLANNING", 0)).toBeNull();
  });

  it("keeps the old position when the neighbours are out of order (the server renumbers)", () => {
    const tangled = boardOf({ PLANNING: ["a", "b", "c"] });
    tangled.PLANNING[1] = { ...tangled.PLANNING[1]!, position: 5000 };
    const drop = planCardDrop(tangled, "a", "PLANNING", 1)!;
    expect(drop.request).toMatchObject({ beforeId: "b", afterId: "c" });
    expect(drop.board.PLANNING[1]!.position).toBe(1000);
  });
});

describe("planUndo and planPlacement (back between the saved neighbours)", () => {
  const board = boardOf({ PLANNING: ["a", "b", "c"], NEGOTIATION: ["x"] });

  it("undoes a move across columns: the card goes back between its old neighbours", () => {
    const drop = planCardDrop(board, "b", "NEGOTIATION", 1)!;
    // The server answered with version 4.
    const saved = { ...drop.board, NEGOTIATION: drop.board.NEGOTIATION.map((card) => (card.id === "b" ? { ...card, version: 4 } : card)) };
    const undo = planUndo(saved, drop)!;
    expect(ids(undo.board, "PLANNING")).toEqual(["a", "b", "c"]);
    expect(ids(undo.board, "NEGOTIATION")).toEqual(["x"]);
    expect(undo.request).toEqual({ partnershipId: "b", fromPhase: "NEGOTIATION", toPhase: "PLANNING", expectedVersion: 4, beforeId: "a", afterId: "c" });
  });

  it("undoes a move within a column", () => {
    const drop = planCardDrop(board, "a", "PLANNING", 2)!;
    expect(ids(drop.board, "PLANNING")).toEqual(["b", "c", "a"]);
    const undo = planUndo(drop.board, drop)!;
    expect(ids(undo.board, "PLANNING")).toEqual(["a", "b", "c"]);
    expect(undo.request).toMatchObject({ fromPhase: "PLANNING", toPhase: "PLANNING", beforeId: null, afterId: "b" });
  });

  it("falls back to the card that was above when the one below has left, then to the end", () => {
    const moved = boardOf({ PLANNING: ["a", "c"], NEGOTIATION: ["b"] });
    expect(ids(planPlacement(moved, "b", { phase: "PLANNING", beforeId: "a", afterId: "gone" })!.board, "PLANNING")).toEqual(["a", "b", "c"]);
    expect(ids(planPlacement(moved, "b", { phase: "PLANNING", beforeId: "gone", afterId: "gone" })!.board, "PLANNING")).toEqual(["a", "c", "b"]);
  });

  it("tells where a card sits", () => {
    expect(placementOf(board, "a")).toEqual({ phase: "PLANNING", beforeId: null, afterId: "b" });
    expect(placementOf(board, "x")).toEqual({ phase: "NEGOTIATION", beforeId: null, afterId: null });
    expect(placementOf(board, "nope")).toBeNull();
  });
});

describe("a column the browser holds only in part (read page by page)", () => {
  const board = boardOf({ PLANNING: ["a", "b"], NEGOTIATION: ["x", "y"] });
  // NEGOTIATION has more cards on the server than the two shown.
  const partial = new Set<PartnershipPhase>(["NEGOTIATION"]);

  it("asks for a drop at its bottom as 'right after the last card shown', not 'at the end'", () => {
    const drop = planCardDrop(board, "a", "NEGOTIATION", 99, partial)!;
    expect(ids(drop.board, "NEGOTIATION")).toEqual(["x", "y", "a"]);
    expect(drop.request).toMatchObject({ beforeId: "y", afterId: null });
    // The same drop into a column held whole is 'at the end'.
    expect(planCardDrop(board, "x", "PLANNING", 99, partial)!.request).toMatchObject({ beforeId: null, afterId: null });
  });

  it("asks for 'at the end' when none of its cards is shown (a closed column not read yet)", () => {
    const drop = planCardDrop(board, "a", "COMPLETED", 0, new Set<PartnershipPhase>(["COMPLETED"]))!;
    expect(drop.request).toMatchObject({ toPhase: "COMPLETED", beforeId: null, afterId: null });
  });

  it("undoes a move from its bottom back right after the card that was above it", () => {
    const drop = planCardDrop(board, "y", "PLANNING", 0, partial)!;
    expect(drop.previous).toEqual({ phase: "NEGOTIATION", beforeId: "x", afterId: null });
    const undo = planUndo(drop.board, drop, partial)!;
    expect(ids(undo.board, "NEGOTIATION")).toEqual(["x", "y"]);
    expect(undo.request).toMatchObject({ toPhase: "NEGOTIATION", beforeId: "x", afterId: null });
  });
});
