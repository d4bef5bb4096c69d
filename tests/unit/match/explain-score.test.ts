import { readFileSync } from "node:fs";
import path from "node:path";
import { explainScore, formatScoreSum, formatShownReason, prepareProfile, rankCandidates, type MatchReason } from "@/lib/match";
import { parseExchangeFile } from "@/lib/profiles/exchange-format";

const SAMPLE = path.resolve(__dirname, "../../fixtures/match-eval/sample.json");

/** Reads the shown parts back as a reader would: add the points, then apply each percentage. */
function recompute(lines: string[]): number {
  let base = 0;
  let factor = 1;
  for (const line of lines) {
    const weight = line.split(" · ")[0] as string;
    if (weight.endsWith("%")) factor *= 1 - Number(weight.slice(1, -1)) / 100;
    else base += Number(weight);
  }
  return Math.round(base * factor + 1e-9);
}

const reason = (code: MatchReason["code"], points: number, factor?: number): MatchReason => ({
  code,
  it: code,
  en: code,
  points,
  ...(factor === undefined ? {} : { factor }),
});

describe("explainScore: the parts of a score as a reader can check them", () => {
  it("rounds the additive parts so they add up to their rounded sum, then applies each penalty in turn", () => {
    const explanation = explainScore([
      reason("needs-met", 20.6),
      reason("shared-causes", 15.3),
      reason("proximity", 8.3),
      reason("horizons", 6),
      reason("out-of-range", -15, 0.7),
    ]);
    expect(explanation.parts.map((p) => p.points)).toEqual([21, 15, 8, 6]);
    expect(explanation.base).toBe(50);
    expect(explanation.penalties).toEqual([{ code: "out-of-range", it: "out-of-range", en: "out-of-range", percent: 30 }]);
    expect(explanation.score).toBe(35);
    expect(formatScoreSum(explanation)).toBe("21 + 15 + 8 + 6 = 50; 50 \u2212 30% = 35");
    expect(formatShownReason(explanation.parts[0]!, "it")).toBe("+21 · needs-met");
    expect(formatShownReason(explanation.penalties[0]!, "en")).toBe("\u221230% · out-of-range");
  });

  it("rounds a half point up, whatever the binary fractions do", () => {
    // 45 × 0.9 = 40.5 exactly; in floating point it is 40.500000000000004 or 40.49999….
    expect(explainScore([reason("needs-met", 45), reason("exposure", -4.5, 0.9)]).score).toBe(41);
  });

  it("shows, for every match of the judged sample, parts that reproduce the score shown, within a point of the exact one", () => {
    const parsed = parseExchangeFile(readFileSync(SAMPLE, "utf8"));
    if (!parsed.ok) throw new Error("sample.json does not follow the exchange format");
    const prepared = parsed.document.profiles.map(prepareProfile);
    let checked = 0;
    for (const subject of prepared) {
      for (const match of rankCandidates(subject, prepared, { top: Infinity })) {
        const explanation = explainScore(match.reasons);
        const lines = [...explanation.parts, ...explanation.penalties].map((part) => formatShownReason(part, "it"));
        expect(recompute(lines)).toBe(explanation.score);
        expect(Math.abs(explanation.score - match.score)).toBeLessThanOrEqual(1);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });
});
