import { needsRebalance, POSITION_STEP, positionBetween } from "@/lib/partnerships/position-between";

describe("positionBetween (ordering inside a board column)", () => {
  it("puts a card halfway between its neighbours", () => {
    expect(positionBetween(1000, 2000)).toBe(1500);
    expect(positionBetween(1000, 1500)).toBe(1250);
  });

  it("steps away from the last card at either end, and starts an empty column", () => {
    expect(positionBetween(null, 1000)).toBe(1000 - POSITION_STEP);
    expect(positionBetween(3000, null)).toBe(3000 + POSITION_STEP);
    expect(positionBetween(null, null)).toBe(POSITION_STEP);
  });

  it("refuses neighbours out of order", () => {
    expect(() => positionBetween(2000, 1000)).toThrow(RangeError);
    expect(() => positionBetween(1000, 1000)).toThrow(RangeError);
  });

  it("survives many insertions at the same spot, then asks for a renumbering", () => {
    let before = 1000;
    const after = 2000;
    let insertions = 0;
    while (!needsRebalance(before, after)) {
      const next = positionBetween(before, after);
      expect(next).toBeGreaterThan(before);
      expect(next).toBeLessThan(after);
      before = next;
      insertions += 1;
    }
    expect(insertions).toBeGreaterThan(25);
  });
});
