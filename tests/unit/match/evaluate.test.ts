import { computeHitAtK, computeNdcgAtK, countForbiddenProposed, evaluateCases } from "@/lib/match";

describe("hit@k", () => {
  it("is 1 when an ideal partner is among the first k", () => {
    expect(computeHitAtK(["a", "b", "c"], ["c"], 3)).toBe(1);
    expect(computeHitAtK(["a", "b", "c"], ["c"], 2)).toBe(0);
    expect(computeHitAtK(["a"], ["a", "z"], 1)).toBe(1);
    expect(computeHitAtK([], ["a"], 3)).toBe(0);
  });
});

describe("NDCG@k (gain 2 ideal, 1 acceptable)", () => {
  it("is 1 for the best possible ranking", () => {
    expect(computeNdcgAtK(["i", "a", "x"], ["i"], ["a"], 5)).toBeCloseTo(1, 12);
  });

  it("matches a hand computation", () => {
    // DCG  = 1/log2(2) + 2/log2(3)                = 1 + 1.261860 = 2.261860
    // IDCG = 2/log2(2) + 1/log2(3)                = 2 + 0.630930 = 2.630930
    expect(computeNdcgAtK(["a", "i", "x"], ["i"], ["a"], 5)).toBeCloseTo(2.26186 / 2.63093, 5);
    // Ideal third, acceptable absent: 2/log2(4) = 1, IDCG = 2 + 1/log2(3) → 1 / 2.630930
    expect(computeNdcgAtK(["x", "y", "i"], ["i"], ["a"], 5)).toBeCloseTo(1 / 2.63093, 5);
  });

  it("ignores what lies beyond k and cuts the ideal DCG at k", () => {
    expect(computeNdcgAtK(["x", "y", "z", "w", "v", "i"], ["i"], [], 5)).toBe(0);
    const ideal = ["i1", "i2", "i3", "i4", "i5", "i6"];
    expect(computeNdcgAtK(ideal, ideal, [], 5)).toBeCloseTo(1, 12);
  });

  it("is 1 for a case with nothing to find", () => {
    expect(computeNdcgAtK(["x"], [], [], 5)).toBe(1);
  });
});

describe("forbidden partners and summaries", () => {
  it("counts forbidden partners anywhere in the ranking", () => {
    expect(countForbiddenProposed(["a", "b", "f1", "c", "d", "e", "f2"], ["f1", "f2", "f3"])).toBe(2);
  });

  it("averages the measures over the cases and sums the forbidden", () => {
    const rankings: Record<string, string[]> = { s1: ["i", "a", "f"], s2: ["x", "y", "z", "i"] };
    const summary = evaluateCases(
      [
        { subject: "s1", ideal: ["i"], acceptable: ["a"], forbidden: ["f"] },
        { subject: "s2", ideal: ["i"], acceptable: [], forbidden: ["f"] },
      ],
      (subject) => rankings[subject] ?? [],
    );
    expect(summary.hitAt1).toBe(0.5);
    expect(summary.hitAt3).toBe(0.5);
    // s1: 1; s2: ideal 4th → 2/log2(5) / 2 = 0.430677
    expect(summary.ndcgAt5).toBeCloseTo((1 + 1 / Math.log2(5)) / 2, 10);
    expect(summary.forbiddenProposed).toBe(1);
  });
});
