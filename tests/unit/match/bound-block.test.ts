import { ProfileColumns, findExclusion, prepareProfile, type MatchProfile, type PreparedProfile } from "@/lib/match";
import { boundBlock, createBreakdown, scoreSlots } from "@/lib/match/score-pair";
import { listComuniOfProvince } from "@/lib/geo";
import { createRandom, makeProfile, makeSentences } from "../../../scripts/match-profile-generator";

/**
 * Random profiles of both kinds, with the odd cases a bound can get wrong mixed in: a comune
 * nobody can place, an empty description, nothing needed, every cause but one excluded.
 */
function drawProfiles(seed: number, count: number): PreparedProfile[] {
  const random = createRandom(seed);
  const comuni = listComuniOfProvince("PV").map((c) => c.name);
  const sentences = makeSentences(random);
  return Array.from({ length: count }, (_, i) => {
    let profile: MatchProfile = makeProfile(random, i % 3 === 0 ? "company" : "nonprofit", i, comuni, sentences);
    const odd = random();
    if (odd < 0.05) profile = { ...profile, comune: "Comune che non esiste" };
    else if (odd < 0.1) profile = { ...profile, description: "" };
    else if (odd < 0.15) profile = { ...profile, needs: [] };
    else if (odd < 0.2 && profile.kind === "company") profile = { ...profile, excludeCauses: ["a", "b", "c", "d", "e"] };
    else if (odd < 0.25 && profile.kind === "company") profile = { ...profile, budgetEur: 0, volunteerHours: 0 };
    return prepareProfile(profile);
  });
}

/** The bounds of every candidate for one subject, in one block as a ranking computes them. */
function boundsFor(subject: PreparedProfile, store: ProfileColumns, threshold: number) {
  const own = ProfileColumns.from([subject]);
  const isCompany = subject.kind === "company";
  const bounds = new Float64Array(store.size);
  boundBlock(isCompany ? own : store, isCompany ? store : own, isCompany, 0, store.size, threshold, bounds);
  return { own, bounds };
}

function exactScore(subject: PreparedProfile, own: ProfileColumns, store: ProfileColumns, slot: number): number {
  const isCompany = subject.kind === "company";
  return isCompany
    ? scoreSlots(own, 0, store, slot, createBreakdown())
    : scoreSlots(store, slot, own, 0, createBreakdown());
}

describe("boundBlock, the bound a ranking prunes with", () => {
  const profiles = drawProfiles(20_261_203, 900);
  const store = ProfileColumns.from(profiles);

  it("never falls below the exact score, and marks exactly the pairs never ranked", () => {
    // Mismatches are collected and compared once: an expect per pair would take a minute.
    const wrong: string[] = [];
    let ranked = 0;
    let gap = 0;
    for (const subject of profiles.slice(0, 90)) {
      const { own, bounds } = boundsFor(subject, store, Number.NEGATIVE_INFINITY);
      profiles.forEach((candidate, slot) => {
        const bound = bounds[slot] as number;
        const sameKind = candidate.kind === subject.kind;
        const excluded =
          !sameKind &&
          (subject.kind === "company" ? findExclusion(subject, candidate) : findExclusion(candidate, subject)) !== null;
        if (sameKind || excluded) {
          if (!Number.isNaN(bound)) wrong.push(`${subject.id}/${candidate.id}: ${bound} for a pair never ranked`);
          return;
        }
        const score = exactScore(subject, own, store, slot);
        if (!(bound >= score)) wrong.push(`${subject.id}/${candidate.id}: bound ${bound} < score ${score}`);
        ranked++;
        gap += bound - score;
      });
    }
    expect(wrong).toEqual([]);
    expect(ranked).toBeGreaterThan(20_000);
    // Tight enough to prune: on average within the proximity and word points it cannot know.
    expect(gap / ranked).toBeLessThan(15);
  });

  it("stops early only below the threshold, still above the exact score", () => {
    const wrong: string[] = [];
    let early = 0;
    for (const threshold of [20, 45, 70]) {
      for (const subject of profiles.slice(90, 150)) {
        const { own, bounds } = boundsFor(subject, store, threshold);
        const { bounds: full } = boundsFor(subject, store, Number.NEGATIVE_INFINITY);
        profiles.forEach((candidate, slot) => {
          const bound = bounds[slot] as number;
          const pair = `${threshold} ${subject.id}/${candidate.id}`;
          if (Number.isNaN(bound) || Number.isNaN(full[slot] as number)) {
            if (!Number.isNaN(bound) || !Number.isNaN(full[slot] as number)) wrong.push(`${pair}: NaN once only`);
            return;
          }
          // Either the full bound, or one that already shows the pair cannot reach the threshold.
          if (bound !== full[slot]) {
            early++;
            if (!(bound < threshold)) wrong.push(`${pair}: stopped at ${bound}, not below the threshold`);
          }
          const score = exactScore(subject, own, store, slot);
          if (!(bound >= score)) wrong.push(`${pair}: bound ${bound} < score ${score}`);
        });
      }
    }
    expect(wrong).toEqual([]);
    expect(early).toBeGreaterThan(1_000);
  });

  it("writes only inside its block", () => {
    const subject = profiles[0] as PreparedProfile;
    const own = ProfileColumns.from([subject]);
    const bounds = new Float64Array(12).fill(-7);
    boundBlock(own, store, true, 100, 110, Number.NEGATIVE_INFINITY, bounds);
    expect([...bounds.subarray(10)]).toEqual([-7, -7]);
    const whole = boundsFor(subject, store, Number.NEGATIVE_INFINITY).bounds;
    expect([...bounds.subarray(0, 10)]).toEqual([...whole.subarray(100, 110)]);
  });
});
