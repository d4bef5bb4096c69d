import { readFileSync } from "node:fs";
import path from "node:path";
import { evaluateCases, prepareProfile, rankCandidates } from "@/lib/match";
import { parseExchangeFile } from "@/lib/profiles/exchange-format";

// The judged cases live in the repository (tests/fixtures/match-eval), so a clone stands alone.
const SAMPLE = path.resolve(__dirname, "../../fixtures/match-eval/sample.json");

describe("the engine on the judged sample (tests/fixtures/match-eval/sample.json)", () => {
  const parsed = parseExchangeFile(readFileSync(SAMPLE, "utf8"));
  if (!parsed.ok) throw new Error("sample.json does not follow the exchange format");
  const prepared = parsed.document.profiles.map(prepareProfile);
  const byId = new Map(prepared.map((p) => [p.id, p]));
  const summary = evaluateCases(parsed.document.cases, (subject) => {
    const profile = byId.get(subject);
    if (!profile) throw new Error(`unknown subject ${subject}`);
    return rankCandidates(profile, prepared, { top: Infinity }).map((m) => m.id);
  });

  it("puts an ideal partner in the first three for at least 90% of the cases", () => {
    expect(summary.hitAt3).toBeGreaterThanOrEqual(0.9);
  });

  it("reaches NDCG@5 of at least 0.8", () => {
    expect(summary.ndcgAt5).toBeGreaterThanOrEqual(0.8);
  });

  it("never proposes a forbidden partner", () => {
    expect(summary.forbiddenProposed).toBe(0);
  });
});
