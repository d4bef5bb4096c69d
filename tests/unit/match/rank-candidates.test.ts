import {
  prepareProfile,
  rankAllSubjects,
  rankCandidates,
  type MatchProfile,
  type MatchResult,
} from "@/lib/match";
import { makeCompany, makeNonprofit } from "./profile-fixtures";

function rank(subject: MatchProfile, candidates: MatchProfile[], options: Parameters<typeof rankCandidates>[2] = {}) {
  return rankCandidates(prepareProfile(subject), candidates.map(prepareProfile), { top: Infinity, ...options });
}

function ids(results: MatchResult[]): string[] {
  return results.map((r) => r.id);
}

function find(results: MatchResult[], id: string): MatchResult {
  const result = results.find((r) => r.id === id);
  if (!result) throw new Error(`${id} not ranked`);
  return result;
}

describe("rankCandidates: what one side offers against what the other needs", () => {
  it("prefers the company that offers what the nonprofit needs", () => {
    const nonprofit = makeNonprofit({ needs: ["transport", "skills:logistics"] });
    const results = rank(nonprofit, [
      makeCompany({ id: "c-visibility", offers: ["visibility"] }),
      makeCompany({ id: "c-vans", offers: ["transport", "skills:logistics"] }),
    ]);
    expect(ids(results)).toEqual(["c-vans", "c-visibility"]);
    expect(find(results, "c-vans").reasons.map((r) => r.code)).toContain("needs-met");
  });

  it("counts the other direction too: the nonprofit offers what the company needs", () => {
    const company = makeCompany({ needs: ["inclusive-hiring", "products"] });
    const results = rank(company, [
      makeNonprofit({ id: "np-story", offers: ["storytelling"] }),
      makeNonprofit({ id: "np-coop", offers: ["inclusive-hiring", "products"] }),
    ]);
    expect(ids(results)[0]).toBe("np-coop");
    expect(find(results, "np-coop").reasons.map((r) => r.code)).toContain("needs-met-reverse");
  });

  it("does not count volunteering opportunities of a nonprofit that hosts no volunteers", () => {
    const company = makeCompany({ needs: ["volunteering-opportunities"] });
    const results = rank(company, [
      makeNonprofit({ id: "np-none", offers: ["volunteering-opportunities"], volunteersHosted: 0 }),
      makeNonprofit({ id: "np-hosts", offers: ["volunteering-opportunities"], volunteersHosted: 10 }),
    ]);
    expect(ids(results)).toEqual(["np-hosts", "np-none"]);
  });
});

describe("rankCandidates: causes, distance, scale, horizons", () => {
  it("prefers shared causes", () => {
    const company = makeCompany({ causes: ["t", "l"] });
    const results = rank(company, [
      makeNonprofit({ id: "np-other", causes: ["e"] }),
      makeNonprofit({ id: "np-sport", causes: ["t"] }),
    ]);
    expect(ids(results)).toEqual(["np-sport", "np-other"]);
    expect(find(results, "np-other").reasons.map((r) => r.code)).not.toContain("shared-causes");
  });

  it("penalises a nonprofit beyond the company's range, more the farther it is", () => {
    const company = makeCompany({ comune: "Vigevano", rangeKm: 6 });
    const results = rank(company, [
      makeNonprofit({ id: "np-landriano", comune: "Landriano" }),
      makeNonprofit({ id: "np-mortara", comune: "Mortara" }),
      makeNonprofit({ id: "np-vigevano", comune: "Vigevano" }),
    ]);
    expect(ids(results)).toEqual(["np-vigevano", "np-mortara", "np-landriano"]);
    const far = find(results, "np-landriano");
    expect(far.reasons.find((r) => r.code === "out-of-range")?.points).toBeLessThan(0);
    expect(far.score).toBeLessThan(find(results, "np-vigevano").score / 3);
  });

  it("keeps nearer candidates ahead inside the range", () => {
    const company = makeCompany({ comune: "Mortara", rangeKm: 50 });
    const results = rank(company, [
      makeNonprofit({ id: "np-pavia", comune: "Pavia" }),
      makeNonprofit({ id: "np-cilavegna", comune: "Cilavegna" }),
    ]);
    expect(ids(results)).toEqual(["np-cilavegna", "np-pavia"]);
    expect(find(results, "np-pavia").reasons.map((r) => r.code)).not.toContain("out-of-range");
  });

  it("reads a multi-year project budget per year, as company budgets are", () => {
    const threeYears = prepareProfile(makeNonprofit({ horizons: ["multi-year"], projectBudgetEur: 60_000 }));
    const yearly = prepareProfile(makeNonprofit({ horizons: ["annual", "multi-year"], projectBudgetEur: 6_000 }));
    expect(threeYears.yearlyNeedEur).toBe(20_000);
    expect(yearly.yearlyNeedEur).toBe(6_000);
  });

  it("prefers the company whose budget can carry the project", () => {
    const nonprofit = makeNonprofit({ horizons: ["multi-year"], projectBudgetEur: 60_000 });
    const results = rank(nonprofit, [
      makeCompany({ id: "c-small", budgetEur: 2_000, horizons: ["multi-year"] }),
      makeCompany({ id: "c-large", budgetEur: 90_000, horizons: ["multi-year"] }),
    ]);
    expect(ids(results)).toEqual(["c-large", "c-small"]);
    expect(find(results, "c-small").reasons.find((r) => r.code === "funding")?.it).toMatch(/circa il 10%/);
  });

  it("weighs volunteers by how many the nonprofit can host", () => {
    const company = makeCompany({ offers: ["volunteering"], volunteerHours: 600 });
    const results = rank(company, [
      makeNonprofit({ id: "np-small", needs: ["volunteering"], volunteersHosted: 1 }),
      makeNonprofit({ id: "np-large", needs: ["volunteering"], volunteersHosted: 40 }),
    ]);
    expect(ids(results)).toEqual(["np-large", "np-small"]);
  });

  it("penalises, without excluding, a pair with no duration both accept", () => {
    const company = makeCompany({ horizons: ["one-off"] });
    const results = rank(company, [
      makeNonprofit({ id: "np-multi", horizons: ["multi-year"] }),
      makeNonprofit({ id: "np-oneoff", horizons: ["one-off", "annual"] }),
    ]);
    expect(ids(results)).toEqual(["np-oneoff", "np-multi"]);
    expect(find(results, "np-multi").reasons.map((r) => r.code)).toContain("horizon-mismatch");
  });

  it("uses the descriptions: shared themes count, refused ones do not", () => {
    const company = makeCompany({ description: "Vogliamo sostenere lo sport dei ragazzi, di preferenza il basket." });
    const results = rank(company, [
      makeNonprofit({ id: "np-choir", description: "Coro di voci bianche che canta nelle chiese." }),
      makeNonprofit({ id: "np-basket", description: "Società sportiva che fa giocare a minibasket i bambini." }),
      makeNonprofit({ id: "np-nosport", description: "Doposcuola che non fa attività sportive né basket." }),
    ]);
    expect(ids(results)[0]).toBe("np-basket");
    expect(find(results, "np-basket").reasons.find((r) => r.code === "description")?.it).toMatch(/sport/);
  });
});

describe("rankCandidates: hard exclusions", () => {
  it("leaves out a company whose sector the nonprofit refuses, from either side", () => {
    const casino = makeCompany({ id: "c-slot", sectorTags: ["gambling"] });
    const refuses = makeNonprofit({ id: "np-refuses", excludeSectorTags: ["gambling", "alcohol"] });
    const accepts = makeNonprofit({ id: "np-accepts", excludeSectorTags: ["weapons"] });
    expect(ids(rank(casino, [refuses, accepts]))).toEqual(["np-accepts"]);
    expect(ids(rank(refuses, [casino, makeCompany({ id: "c-clean" })]))).toEqual(["c-clean"]);
  });

  it("leaves out a nonprofit all of whose causes the company excludes", () => {
    const company = makeCompany({ excludeCauses: ["n", "x"] });
    const results = rank(company, [
      makeNonprofit({ id: "np-adoption", causes: ["x"] }),
      makeNonprofit({ id: "np-both", causes: ["n", "x"] }),
      makeNonprofit({ id: "np-local", causes: ["a"] }),
    ]);
    expect(ids(results)).toEqual(["np-local"]);
  });

  it("keeps, penalised and flagged, a nonprofit only some of whose causes are excluded", () => {
    const company = makeCompany({ excludeCauses: ["n"] });
    const results = rank(company, [
      makeNonprofit({ id: "np-mixed", causes: ["a", "n"] }),
      makeNonprofit({ id: "np-local", causes: ["a"] }),
    ]);
    expect(ids(results)).toEqual(["np-local", "np-mixed"]);
    expect(find(results, "np-mixed").reasons.map((r) => r.code)).toContain("excluded-causes-partly");
  });

  it("never returns profiles of the subject's own kind, nor the subject", () => {
    const subject = makeCompany({ id: "c-1" });
    const results = rank(subject, [subject, makeCompany({ id: "c-2" }), makeNonprofit({ id: "np-1" })]);
    expect(ids(results)).toEqual(["np-1"]);
  });
});

describe("rankCandidates: exposure spreading", () => {
  const company = makeCompany({ offers: ["funding", "volunteering"] });
  const strong = makeNonprofit({ id: "np-strong", needs: ["funding", "volunteering"] });
  const close = makeNonprofit({ id: "np-close", needs: ["funding", "volunteering"], volunteersHosted: 1 });

  it("is off unless asked for", () => {
    expect(ids(rank(company, [close, strong]))).toEqual(["np-strong", "np-close"]);
  });

  it("lets a slightly weaker candidate pass one proposed many times", () => {
    const exposure = new Map([["np-strong", 20]]);
    const results = rank(company, [close, strong], { exposure });
    expect(ids(results)).toEqual(["np-close", "np-strong"]);
    const reason = find(results, "np-strong").reasons.find((r) => r.code === "exposure");
    expect(reason?.points).toBeLessThan(0);
    expect(reason?.it).toMatch(/20 volte/);
  });

  it("is gentle: it does not bury a clearly better fit", () => {
    const weak = makeNonprofit({ id: "np-weak", causes: ["e"], needs: ["skills:legal"], comune: "Voghera" });
    const exposure = new Map([["np-strong", 20]]);
    expect(ids(rank(company, [weak, strong], { exposure }))[0]).toBe("np-strong");
  });

  it("has no effect with weight 0", () => {
    const exposure = new Map([["np-strong", 20]]);
    expect(ids(rank(company, [close, strong], { exposure, exposureWeight: 0 }))).toEqual(["np-strong", "np-close"]);
  });

  it("spreads proposals across subjects when ranking everyone", () => {
    const companies = ["c-a", "c-b", "c-c", "c-d"].map((id) => prepareProfile({ ...company, id }));
    const nonprofits = [strong, close].map(prepareProfile);
    const all = [...companies, ...nonprofits];
    const firsts = (spreadExposure: boolean) =>
      new Set(rankAllSubjects(companies, all, { top: 1, spreadExposure, exposureWeight: 0.5 }).map((r) => r.matches[0]?.id));
    expect(firsts(false)).toEqual(new Set(["np-strong"]));
    expect(firsts(true)).toEqual(new Set(["np-strong", "np-close"]));
  });
});

describe("rankCandidates: scores, reasons and determinism", () => {
  const company = makeCompany({ causes: ["a", "d"], offers: ["funding", "volunteering", "skills:digital"], needs: ["storytelling"] });
  const candidates = Array.from({ length: 30 }, (_, i) =>
    makeNonprofit({
      id: `np-${String(i).padStart(2, "0")}`,
      comune: ["Pavia", "Vigevano", "Voghera", "Broni"][i % 4],
      causes: i % 3 === 0 ? ["a"] : ["e", "d"],
      needs: i % 2 === 0 ? ["funding"] : ["skills:digital", "volunteering"],
      offers: i % 5 === 0 ? ["storytelling"] : [],
      horizons: i % 7 === 0 ? ["multi-year"] : ["annual"],
    }),
  );

  it("gives scores within 0..100 whose reasons add up to the score", () => {
    for (const result of rank(company, candidates)) {
      expect(result.score).toBeGreaterThanOrEqual(0);
      expect(result.score).toBeLessThanOrEqual(100);
      const sum = result.reasons.reduce((total, r) => total + r.points, 0);
      expect(sum).toBeCloseTo(result.score, 9);
      for (const reason of result.reasons) {
        expect(reason.it.length).toBeGreaterThan(0);
        expect(reason.en.length).toBeGreaterThan(0);
      }
    }
  });

  it("returns the same ranking whatever the order of the candidates, ties by id", () => {
    const forward = rank(company, candidates);
    const backward = rank(company, [...candidates].reverse());
    expect(backward).toEqual(forward);
    for (let i = 1; i < forward.length; i++) {
      const [prev, next] = [forward[i - 1] as MatchResult, forward[i] as MatchResult];
      expect(prev.score > next.score || (prev.score === next.score && prev.id < next.id)).toBe(true);
    }
  });

  it("returns as top K exactly the first K of the full ranking", () => {
    const full = rank(company, candidates);
    for (const top of [1, 3, 10]) {
      expect(rank(company, candidates, { top })).toEqual(full.slice(0, top));
    }
  });

  it("breaks exact ties by id", () => {
    const twins = ["np-b", "np-a", "np-c"].map((id) => makeNonprofit({ id }));
    expect(ids(rank(company, twins))).toEqual(["np-a", "np-b", "np-c"]);
  });
});
