import type { Locale } from "@/lib/i18n/locales";
import { explainScore, formatScoreSum, formatWeight, type MatchReason } from "@/lib/match";

/** One part of a score as a page shows it: the weight ("+24", "−30%") and what it is for. */
export type ShownReason = { weight: string; text: string };

/** A match's reasons as a page shows them, with the score their parts compute. */
export function showScore(
  reasons: readonly MatchReason[],
  locale: Locale,
): { score: number; reasons: ShownReason[]; scoreSum: string } {
  const explanation = explainScore(reasons);
  return {
    score: explanation.score,
    reasons: [...explanation.parts, ...explanation.penalties].map((reason) => ({
      weight: formatWeight(reason),
      text: reason[locale],
    })),
    scoreSum: formatScoreSum(explanation),
  };
}
