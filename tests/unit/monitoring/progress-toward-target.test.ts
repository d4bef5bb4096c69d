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

describe("progressTowardTarget, as the impact report reads it", () => {
  it("is 0 at the baseline and 100 at the target of an indicator to increase", () => {
    expect(progressTowardTarget({ baseline: 100, target: 300, latest: 100, direction: "INCREASE" })).toBe(0);
    expect(progressTowardTarget({ baseline: 100, target: 300, latest: 200, direction: "INCREASE" })).toBe(50);
    expect(progressTowardTarget({ baseline: 100, target: 300, latest: 330, direction: "INCREASE" })).toBe(115);
  });

  it("counts going down as progress for an indicator to reduce", () => {
    expect(progressTowardTarget({ baseline: 40, target: 10, latest: 25, direction: "DECREASE" })).toBe(50);
    expect(progressTowardTarget({ baseline: 40, target: 10, latest: 50, direction: "DECREASE" })).toBe(-33);
  });

  it("is unknown without a target, a measurement, or any distance to cover", () => {
    expect(progressTowardTarget({ baseline: 1, target: null, latest: 2, direction: "INCREASE" })).toBeNull();
    expect(progressTowardTarget({ baseline: 1, target: 5, latest: null, direction: "INCREASE" })).toBeNull();
    expect(progressTowardTarget({ baseline: 5, target: 5, latest: 6, direction: "INCREASE" })).toBeNull();
    expect(progressTowardTarget({ baseline: 5, target: 3, latest: 4, direction: "INCREASE" })).toBeNull();
  });
});

describe("isTargetReached, on the database's decimal text (dashboard) or numbers", () => {
  it("is reached at or above the target for an indicator meant to grow", () => {
    expect(isTargetReached({ direction: "INCREASE", target: "100", latest: "100.00" })).toBe(true);
    expect(isTargetReached({ direction: "INCREASE", target: "100", latest: "99.99" })).toBe(false);
    expect(isTargetReached({ direction: "INCREASE", target: 0.3, latest: 0.1 + 0.2 })).toBe(true);
  });

  it("is reached at or below the target for an indicator meant to shrink", () => {
    expect(isTargetReached({ direction: "DECREASE", target: "20.5", latest: "20.5" })).toBe(true);
    expect(isTargetReached({ direction: "DECREASE", target: "20.5", latest: "20.51" })).toBe(false);
    expect(isTargetReached({ direction: "DECREASE", target: "0", latest: "-1" })).toBe(true);
  });

  it("is not reached without a target or without a measurement", () => {
    expect(isTargetReached({ direction: "INCREASE", target: null, latest: "5" })).toBe(false);
    expect(isTargetReached({ direction: "DECREASE", target: "5", latest: null })).toBe(false);
  });

  it("is not reached at 99.6 %, even though the percentage rounds to 100", () => {
    const indicator = { baseline: 0, target: 1000, latest: 996, direction: "INCREASE" as const };
    expect(progressTowardTarget(indicator)).toBe(100);
    expect(isTargetReached(indicator)).toBe(false);
  });
});
