import { hasReachedTarget } from "@/lib/dashboard/has-reached-target";

describe("an indicator's target", () => {
  it("is reached at or above it for an indicator meant to grow", () => {
    expect(hasReachedTarget({ direction: "INCREASE", target: "100", latest: "100.00" })).toBe(true);
    expect(hasReachedTarget({ direction: "INCREASE", target: "100", latest: "99.99" })).toBe(false);
  });

  it("is reached at or below it for an indicator meant to shrink", () => {
    expect(hasReachedTarget({ direction: "DECREASE", target: "20.5", latest: "20.5" })).toBe(true);
    expect(hasReachedTarget({ direction: "DECREASE", target: "20.5", latest: "20.51" })).toBe(false);
    expect(hasReachedTarget({ direction: "DECREASE", target: "0", latest: "-1" })).toBe(true);
  });

  it("is not reached without a target or without a measurement", () => {
    expect(hasReachedTarget({ direction: "INCREASE", target: null, latest: "5" })).toBe(false);
    expect(hasReachedTarget({ direction: "DECREASE", target: "5", latest: null })).toBe(false);
  });
});
