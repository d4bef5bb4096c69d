/**
 * Ranking quality measures of FORMAT.md ("Case"): hit@k, NDCG@k with gain 2 for an ideal
 * partner and 1 for an acceptable one, and forbidden partners proposed.
 */

export type EvaluationCase = {
  subject: string;
  ideal: string[];
  acceptable: string[];
  forbidden: string[];
  note?: string;
};

export type CaseScores = {
  subject: string;
  hitAt1: number;
  hitAt3: number;
  ndcgAt5: number;
  forbiddenProposed: number;
  /** The first ids of the ranking, for reading a failure. */
  ranking: string[];
};

export type EvaluationSummary = {
  cases: CaseScores[];
  hitAt1: number;
  hitAt3: number;
  ndcgAt5: number;
  forbiddenProposed: number;
};

/** 1 when an ideal partner is among the first k, else 0. */
export function computeHitAtK(ranking: readonly string[], ideal: readonly string[], k: number): number {
  const wanted = new Set(ideal);
  return ranking.slice(0, k).some((id) => wanted.has(id)) ? 1 : 0;
}

function gainOf(id: string, ideal: ReadonlySet<string>, acceptable: ReadonlySet<string>): number {
  return ideal.has(id) ? 2 : acceptable.has(id) ? 1 : 0;
}

function discount(position: number): number {
  return 1 / Math.log2(position + 2);
}

/**
 * NDCG@k. The ideal DCG is that of the best ranking the judgements allow: every ideal partner
 * first, then every acceptable one, cut at k. A case with nothing judged ideal or acceptable
 * has nothing to find and scores 1.
 */
export function computeNdcgAtK(
  ranking: readonly string[],
  ideal: readonly string[],
  acceptable: readonly string[],
  k: number,
): number {
  const idealSet = new Set(ideal);
  const acceptableSet = new Set(acceptable.filter((id) => !idealSet.has(id)));
  let dcg = 0;
  ranking.slice(0, k).forEach((id, i) => {
    dcg += gainOf(id, idealSet, acceptableSet) * discount(i);
  });
  const bestGains = [...Array<number>(idealSet.size).fill(2), ...Array<number>(acceptableSet.size).fill(1)].slice(0, k);
  const idcg = bestGains.reduce((sum, gain, i) => sum + gain * discount(i), 0);
  return idcg === 0 ? 1 : dcg / idcg;
}

/** How many forbidden partners appear anywhere in the ranking. */
export function countForbiddenProposed(ranking: readonly string[], forbidden: readonly string[]): number {
  const proposed = new Set(ranking);
  return forbidden.filter((id) => proposed.has(id)).length;
}

export function scoreCase(testCase: EvaluationCase, ranking: readonly string[]): CaseScores {
  return {
    subject: testCase.subject,
    hitAt1: computeHitAtK(ranking, testCase.ideal, 1),
    hitAt3: computeHitAtK(ranking, testCase.ideal, 3),
    ndcgAt5: computeNdcgAtK(ranking, testCase.ideal, testCase.acceptable, 5),
    forbiddenProposed: countForbiddenProposed(ranking, testCase.forbidden),
    ranking: ranking.slice(0, 5),
  };
}

/** Means over the cases (forbidden: the total). `rank` returns the full ranking of a subject. */
export function evaluateCases(
  cases: readonly EvaluationCase[],
  rank: (subject: string) => readonly string[],
): EvaluationSummary {
  const scores = cases.map((c) => scoreCase(c, rank(c.subject)));
  const mean = (pick: (s: CaseScores) => number) =>
    scores.length === 0 ? 0 : scores.reduce((sum, s) => sum + pick(s), 0) / scores.length;
  return {
    cases: scores,
    hitAt1: mean((s) => s.hitAt1),
    hitAt3: mean((s) => s.hitAt3),
    ndcgAt5: mean((s) => s.ndcgAt5),
    forbiddenProposed: scores.reduce((sum, s) => sum + s.forbiddenProposed, 0),
  };
}
