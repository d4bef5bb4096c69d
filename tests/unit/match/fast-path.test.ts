import { readFileSync } from "node:fs";
import path from "node:path";
import { ProfileColumns, findExclusion, prepareProfile, rankCandidates, type PreparedProfile } from "@/lib/match";
import { createBreakdown, scorePair } from "@/lib/match/score-pair";
import { listComuniOfProvince } from "@/lib/geo";
import { parseExchangeFile } from "@/lib/profiles/exchange-format";
import { createRandom, makeProfile, makeSentences } from "../../../scripts/match-profile-generator";

const FIXTURES = path.resolve(__dirname, "../../fixtures/match-eval");

/** Every pair scored in full by the explained path, sorted like a ranking: the reference. */
function rankByBruteForce(subject: PreparedProfile, candidates: readonly PreparedProfile[], top: number) {
  const breakdown = createBreakdown();
  return candidates
    .filter((c) => c.kind !== subject.kind)
    .filter((c) => (subject.kind === "company" ? findExclusion(subject, c) : findExclusion(c, subject)) === null)
    .map((c) => ({
      id: c.id,
      score: subject.kind === "company" ? scorePair(subject, c, breakdown) : scorePair(c, subject, breakdown),
    }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .slice(0, top);
}

function drawProfiles(seed: number, count: number): PreparedProfile[] {
  const random = createRandom(seed);
  const comuni = listComuniOfProvince("PV").map((c) => c.name);
  const sentences = makeSentences(random);
  return Array.from({ length: count }, (_, i) =>
    prepareProfile(makeProfile(random, i % 3 === 0 ? "company" : "nonprofit", i, comuni, sentences)),
  );
}

const sumOfPoints = (reasons: Array<{ points: number }>) => reasons.reduce((sum, r) => sum + r.points, 0);

describe("the columnar fast path ranks exactly like the explained path", () => {
  it("gives the judged sample the same rankings, scores and reasons as before the columns", () => {
    const parsed = parseExchangeFile(readFileSync(path.join(FIXTURES, "sample.json"), "utf8"));
    if (!parsed.ok) throw new Error("sample.json does not follow the exchange format");
    const before = JSON.parse(readFileSync(path.join(FIXTURES, "rankings-2026-12-03.json"), "utf8")) as Record<
      string,
      Array<[string, number, Array<[string, number]>]>
    >;
    const prepared = parsed.document.profiles.map(prepareProfile);
    for (const subject of prepared) {
      const now = rankCandidates(subject, prepared, { top: Infinity });
      expect(now.map((m) => m.id)).toEqual(before[subject.id]?.map(([id]) => id));
      now.forEach((match, i) => {
        const [, score, reasons] = before[subject.id]?.[i] ?? [];
        expect(match.score).toBe(score);
        expect(match.reasons.map((r) => [r.code, r.points])).toEqual(reasons);
        expect(sumOfPoints(match.reasons)).toBeCloseTo(match.score, 9);
      });
    }
  });

  it("keeps, on 1,500 random profiles, the top 10 a full scoring of every pair would keep", () => {
    const profiles = drawProfiles(7, 1_500);
    const columns = ProfileColumns.from(profiles);
    for (const subject of profiles.slice(0, 60)) {
      const fast = rankCandidates(subject, columns, { top: 10 });
      const reference = rankByBruteForce(subject, profiles, 10);
      expect(fast.map((m) => m.id)).toEqual(reference.map((r) => r.id));
      fast.forEach((match, i) => {
        // The score kept by the hot loop is the one scored again for the reasons, to the bit.
        expect(match.score).toBe(reference[i]?.score);
        expect(sumOfPoints(match.reasons)).toBeCloseTo(match.score, 9);
      });
    }
  });

  it("follows replaced and removed profiles like a store built afresh", () => {
    const profiles = drawProfiles(11, 600);
    const columns = ProfileColumns.from(profiles);
    const replacements = drawProfiles(12, 600);
    const live = new Map(profiles.map((p) => [p.id, p]));
    for (let i = 0; i < 600; i += 3) {
      const next = { ...(replacements[i] as PreparedProfile), id: (profiles[i] as PreparedProfile).id };
      columns.upsert(next);
      live.set(next.id, next);
    }
    for (let i = 1; i < 600; i += 5) {
      columns.remove((profiles[i] as PreparedProfile).id);
      live.delete((profiles[i] as PreparedProfile).id);
    }
    expect(columns.size).toBe(live.size);
    const fresh = [...live.values()];
    for (const subject of fresh.slice(0, 30)) {
      const fromStore = rankCandidates(subject, columns, { top: 10 });
      const fromArray = rankCandidates(subject, fresh, { top: 10 });
      expect(fromStore).toEqual(fromArray);
    }
    expect(columns.remove("no-such-id")).toBe(false);
  });

  it("leaves out candidates to skip and lowers the exposed ones, as the reasons say", () => {
    const profiles = drawProfiles(13, 300);
    const subject = profiles[0] as PreparedProfile;
    const plain = rankCandidates(subject, profiles, { top: 5 });
    const first = plain[0]?.id as string;
    const skipped = rankCandidates(subject, profiles, { top: 5, skip: new Set([first]) });
    expect(skipped.map((m) => m.id)).not.toContain(first);
    const exposed = rankCandidates(subject, profiles, { top: 300, exposure: new Map([[first, 40]]) });
    const again = exposed.find((m) => m.id === first);
    expect(again?.score).toBeLessThan(plain[0]?.score as number);
    expect(again?.reasons.map((r) => r.code)).toContain("exposure");
    expect(sumOfPoints(again?.reasons ?? [])).toBeCloseTo(again?.score as number, 9);
  });
});
