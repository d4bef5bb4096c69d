import { chartGeometry, niceStep, valueRange, type ChartBox } from "@/lib/partnerships/monitoring/chart-geometry";

const BOX: ChartBox = { width: 200, height: 120, padding: { top: 10, right: 10, bottom: 10, left: 10 } };
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("chart scaling", () => {
  it("picks round steps of 1, 2 or 5 times a power of ten", () => {
    expect(niceStep(100, 4)).toBe(50);
    expect(niceStep(4500, 4)).toBe(2000);
    expect(niceStep(0.8, 4)).toBe(0.2);
  });

  it("widens the value range to whole steps around every value", () => {
    expect(valueRange([13500, 18000, 16200])).toEqual({ min: 12000, max: 18000, step: 2000 });
    // A flat series still gets a range to draw in.
    const flat = valueRange([5, 5]);
    expect(flat.min).toBeLessThan(5);
    expect(flat.max).toBeGreaterThan(5);
  });

  it("places the first measurement on the left edge, the last on the right, and higher values higher", () => {
    const geometry = chartGeometry(
      [
        { date: day("2026-03-01"), value: 30 },
        { date: day("2026-01-01"), value: 10 },
      ],
      0,
      40,
      BOX,
    );
    const [first, last] = geometry.points;
    expect(first?.date).toEqual(day("2026-01-01"));
    expect(first?.x).toBe(10);
    expect(last?.x).toBe(190);
    expect(last!.y).toBeLessThan(first!.y);
  });

  it("keeps baseline and target inside the plot, the baseline at the bottom when it is the smallest value", () => {
    const geometry = chartGeometry([{ date: day("2026-01-01"), value: 20 }], 0, 40, BOX);
    expect(geometry.baselineY).toBe(geometry.plot.bottom);
    expect(geometry.targetY).toBe(geometry.plot.top);
    // A single measurement sits in the middle.
    expect(geometry.points[0]?.x).toBe(100);
  });

  it("has no target line without a target, and y ticks from bottom to top", () => {
    const geometry = chartGeometry([{ date: day("2026-01-01"), value: 3 }], 1, null, BOX);
    expect(geometry.targetY).toBeNull();
    const values = geometry.yTicks.map((tick) => tick.value);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(geometry.yTicks[0]?.y).toBe(geometry.plot.bottom);
  });

  it("draws nothing but the baseline and target when nothing was measured", () => {
    const geometry = chartGeometry([], 100, 50, BOX);
    expect(geometry.points).toEqual([]);
    expect(geometry.xTicks).toEqual([]);
    expect(geometry.baselineY).toBe(geometry.plot.top);
  });
});
