import { ProfileColumns, prepareProfile, rankCandidates, type MatchResult, type PreparedProfile } from "@/lib/match";
import { listComuniOfProvince } from "@/lib/geo";
import { createRandom, makeProfile, makeSentences } from "../../../scripts/match-profile-generator";

function drawProfiles(seed: number, count: number): PreparedProfile[] {
  const random = createRandom(seed);
  const comuni = listComuniOfProvince("PV").map((c) => c.name);
  const sentences = makeSentences(random);
  return Array.from({ length: count }, (_, i) =>
    prepareProfile(makeProfile(random, i % 4 === 0 ? "company" : "nonprofit", i, comuni, sentences)),
  );
}

describe("ProfileColumns.reserve and clear", () => {
  it("holds the same profiles whether room was reserved or grown step by step", () => {
    const profiles = drawProfiles(3, 300);
    const grown = new ProfileColumns();
    for (const p of profiles) grown.upsert(p);
    const reserved = new ProfileColumns();
    reserved.reserve(300);
    expect(reserved.isCompany.length).toBeGreaterThanOrEqual(300);
    for (const p of profiles) reserved.upsert(p);
    expect(reserved.size).toBe(300);
    profiles.forEach((p, slot) => expect(reserved.profileAt(slot)).toEqual(grown.profileAt(slot)));
  });

  it("forgets every profile on clear, and takes new ones from slot 0", () => {
    const [first, second] = drawProfiles(4, 2) as [PreparedProfile, PreparedProfile];
    const store = ProfileColumns.from([first, second]);
    store.clear();
    expect(store.size).toBe(0);
    expect(store.slotOfId(first.id)).toBeUndefined();
    expect(store.upsert(second)).toBe(0);
    expect(store.profileAt(0)).toEqual(ProfileColumns.from([second]).profileAt(0));
  });
});

describe("rankCandidates with its scratch state reused from call to call", () => {
  // The subject store, the bounds buffer and the caches of reason texts outlive a call: a
  // ranking must not depend on what was ranked before it.
  const profiles = drawProfiles(5, 600);
  const columns = ProfileColumns.from(profiles);
  const subjects = [profiles[0], profiles[1], profiles[4], profiles[7]] as PreparedProfile[];

  function rankInFreshModule(subject: PreparedProfile): MatchResult[] {
    let results: MatchResult[] = [];
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const fresh = require("@/lib/match") as typeof import("@/lib/match");
      results = fresh.rankCandidates(subject, fresh.ProfileColumns.from(profiles), { top: 15 });
    });
    return results;
  }

  it("gives, after other rankings, the very scores and reason texts of a first ranking", () => {
    for (const subject of subjects) rankCandidates(subject, columns, { top: 40 });
    for (const subject of subjects) {
      expect(rankCandidates(subject, columns, { top: 15 })).toEqual(rankInFreshModule(subject));
    }
  });

  it("returns nothing for top 0 and the whole ranking for Infinity", () => {
    const subject = profiles[0] as PreparedProfile;
    expect(rankCandidates(subject, columns, { top: 0 })).toEqual([]);
    const all = rankCandidates(subject, columns, { top: Infinity });
    const nonprofits = profiles.filter((p) => p.kind === "nonprofit").length;
    expect(all.length).toBeGreaterThan(nonprofits * 0.7);
    expect(all.length).toBeLessThanOrEqual(nonprofits);
    expect(all.slice(0, 15)).toEqual(rankCandidates(subject, columns, { top: 15 }));
  });
});
