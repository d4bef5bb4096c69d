import { prepareProfile, rankCandidates, type MatchProfile, type MatchResult } from "@/lib/match";
import { makeCompany, makeNonprofit } from "./profile-fixtures";

function rank(subject: MatchProfile, candidates: MatchProfile[]): MatchResult[] {
  return rankCandidates(prepareProfile(subject), candidates.map(prepareProfile), { top: Infinity });
}
const byId = (results: MatchResult[], id: string) => results.find((result) => result.id === id) as MatchResult;

describe("a company's area of action", () => {
  // Three nonprofits that differ only in where they are.
  const nonprofits = [
    makeNonprofit({ id: "np-piacenza", comune: "Piacenza" }),
    makeNonprofit({ id: "np-roma", comune: "Roma" }),
    makeNonprofit({ id: "np-voghera", comune: "Voghera" }),
  ];

  it("by radius: Roma is far beyond 30 km from Pavia, Voghera is within", () => {
    const results = rank(makeCompany({ comune: "Pavia", rangeKm: 30 }), nonprofits);
    expect(byId(results, "np-voghera").reasons.map((r) => r.code)).toContain("proximity");
    expect(byId(results, "np-roma").reasons.map((r) => r.code)).toContain("out-of-range");
  });

  it("by provinces: a partner in a named province is in the area across regional borders, one outside is not", () => {
    const company = makeCompany({ comune: "Pavia", rangeKm: 10, area: { provinces: ["PC", "RM"] } });
    const results = rank(company, nonprofits);
    expect(byId(results, "np-roma").reasons.find((r) => r.code === "proximity")?.it).toMatch(/nell'area d'azione/);
    expect(byId(results, "np-piacenza").reasons.map((r) => r.code)).not.toContain("out-of-range");
    // Voghera is nearer than Piacenza, but not in the provinces named.
    expect(byId(results, "np-voghera").reasons.find((r) => r.code === "out-of-range")?.it).toMatch(/fuori dall'area d'azione/);
    expect(byId(results, "np-piacenza").score).toBeGreaterThan(byId(results, "np-voghera").score);
  });

  it("by comuni: only the comuni named", () => {
    const results = rank(makeCompany({ comune: "Pavia", rangeKm: 5, area: { comuni: ["Voghera", "Roma"] } }), nonprofits);
    expect(byId(results, "np-roma").reasons.map((r) => r.code)).not.toContain("out-of-range");
    expect(byId(results, "np-piacenza").reasons.map((r) => r.code)).toContain("out-of-range");
  });
});
