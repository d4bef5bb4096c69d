import { isTargetReached, progressTowardTarget } from "@/lib/partnerships/monitoring/progress-toward-target";

describe("progressTowardTarget (% of the way from baseline to target)", () => {
  it("is 0 at the baseline, 50 halfway and 100 at the target of an indicator that should increase", () => {
    const base = { baseline: 10, target: 30, direction: "INCREASE" as const };
    expect(progressTowardTarget({ ...base, latest: 10 })).toBe(0);
    expect(progressTowardTarget({ ...base, latest: 20 })).toBe(50);
    expect(progressTowardTarget({ ...base, latest: 30 })).toBe(100);
  });

  it("counts going down as progress for an indicator that should decrease", () => {
    // Heating bills: from 18,000 kWh towards 13,500 (−25%).
    const base = { baseline: 18000, target: 13500, direction: "DECREASE" as const };
    expect(progressTowardTarget({ ...base, latest: 15750 })).toBe(50);
    expect(progressTowardTarget({ ...base, latest: 13500 })).toBe(100);
  });

  it("goes below 0 when the value moved the wrong way, and above 100 past the target", () => {
    expect(progressTowardTarget({ baseline: 100, target: 50, direction: "DECREASE", latest: 110 })).toBe(-20);
    expect(progressTowardTarget({ baseline: 0, target: 8, direction: "INCREASE", latest: 10 })).toBe(125);
  });

  it("rounds to a whole percent and never says -0", () => {
    expect(progressTowardTarget({ baseline: 0, target: 3, direction: "INCREASE", latest: 1 })).toBe(33);
    expect(Object.is(progressTowardTarget({ baseline: 5, target: 0, direction: "DECREASE", latest: 5 }), 0)).toBe(true);
  });

  it("has nothing to say without a target, without a measurement, or with a target on the wrong side", () => {
    expect(progressTowardTarget({ baseline: 0, target: null, direction: "INCREASE", latest: 4 })).toBeNull();
    expect(progressTowardTarget({ baseline: 0, target: 10, direction: "INCREASE", latest: null })).toBeNull();
    expect(progressTowardTarget({ baseline: 10, target: 10, direction: "INCREASE", latest: 12 })).toBeNull();
    expect(progressTowardTarget({ baseline: 10, target: 20, direction: "DECREASE", latest: 15 })).toBeNull();
    expect(progressTowardTarget({ baseline: 20, target: 10, direction: "INCREASE", latest: 15 })).toBeNull();
  });
});

describe("isTargetReached", () => {
  it("respects the direction", () => {
    expect(isTargetReached({ target: 10, direction: "INCREASE", latest: 10 })).toBe(true);
    expect(isTargetReached({ target: 10, direction: "INCREASE", latest: 9 })).toBe(false);
    expect(isTargetReached({ target: 10, direction: "DECREASE", latest: 9 })).toBe(true);
    expect(isTargetReached({ target: null, direction: "DECREASE", latest: 9 })).toBe(false);
  });
});
