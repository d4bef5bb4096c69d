import { progressTowardsTarget } from "@/lib/partnerships/report/indicator-progress";

describe("progress of an indicator towards its target", () => {
  it("is 0 at the baseline and 100 at the target of an indicator to increase", () => {
    expect(progressTowardsTarget({ baseline: 100, target: 300, latest: 100, direction: "INCREASE" })).toBe(0);
    expect(progressTowardsTarget({ baseline: 100, target: 300, latest: 200, direction: "INCREASE" })).toBe(50);
    expect(progressTowardsTarget({ baseline: 100, target: 300, latest: 330, direction: "INCREASE" })).toBe(115);
  });

  it("counts going down as progress for an indicator to reduce", () => {
    expect(progressTowardsTarget({ baseline: 40, target: 10, latest: 25, direction: "DECREASE" })).toBe(50);
    expect(progressTowardsTarget({ baseline: 40, target: 10, latest: 50, direction: "DECREASE" })).toBe(-33);
  });

  it("is unknown without a target, a measurement, or any distance to cover", () => {
    expect(progressTowardsTarget({ baseline: 1, target: null, latest: 2, direction: "INCREASE" })).toBeNull();
    expect(progressTowardsTarget({ baseline: 1, target: 5, latest: null, direction: "INCREASE" })).toBeNull();
    expect(progressTowardsTarget({ baseline: 5, target: 5, latest: 6, direction: "INCREASE" })).toBeNull();
    expect(progressTowardsTarget({ baseline: 5, target: 3, latest: 4, direction: "INCREASE" })).toBeNull();
  });
});
