import type { MatchReason, ReasonCode } from "./types";

/** An additive part as shown: whole points. */
export type ShownPart = { code: ReasonCode; it: string; en: string; points: number };
/** A penalty as shown: the whole percentage it takes off. */
export type ShownPenalty = { code: ReasonCode; it: string; en: string; percent: number };

/**
 * A score as a reader can check it: the additive parts in whole points, their sum `base`,
 * then each penalty as a percentage taken off, in turn:
 *
 *   score = round(base × (1 − p₁/100) × (1 − p₂/100) …)
 *
 * The parts are rounded so that they add up exactly to `base` (largest remainders), and
 * `score` is computed from what is shown, so the arithmetic on screen is always right. It can
 * differ by a point from the rounded exact score; rankings use the exact one.
 */
export type ScoreExplanation = {
  parts: ShownPart[];
  base: number;
  penalties: ShownPenalty[];
  score: number;
};

/** Whole numbers that add up to the rounded total, each as close as it can be to its value. */
function roundKeepingSum(values: readonly number[]): number[] {
  const total = Math.round(values.reduce((sum, v) => sum + v, 0));
  const floors = values.map(Math.floor);
  let missing = total - floors.reduce((sum, v) => sum + v, 0);
  const byRemainder = values.map((v, i) => ({ i, remainder: v - Math.floor(v) })).sort((a, b) => b.remainder - a.remainder);
  for (const { i } of byRemainder) {
    if (missing <= 0) break;
    floors[i] = (floors[i] as number) + 1;
    missing--;
  }
  return floors;
}

export function explainScore(reasons: readonly MatchReason[]): ScoreExplanation {
  const additive = reasons.filter((r) => r.factor === undefined && r.points > 0);
  const rounded = roundKeepingSum(additive.map((r) => r.points));
  const parts = additive
    .map((r, i) => ({ code: r.code, it: r.it, en: r.en, points: rounded[i] as number }))
    .filter((part) => part.points > 0);
  const base = parts.reduce((sum, part) => sum + part.points, 0);
  const penalties = reasons
    .filter((r): r is MatchReason & { factor: number } => r.factor !== undefined)
    .map((r) => ({ code: r.code, it: r.it, en: r.en, percent: Math.round((1 - r.factor) * 100) }))
    .filter((penalty) => penalty.percent > 0);
  // In integers, so that x.5 always rounds up whatever the binary fractions would do.
  let numerator = base;
  let denominator = 1;
  for (const penalty of penalties) {
    numerator *= 100 - penalty.percent;
    denominator *= 100;
  }
  const score = Math.floor((2 * numerator + denominator) / (2 * denominator));
  return { parts, base, penalties, score };
}

const MINUS = "\u2212";

/** "+24" for points added, "−30%" for a penalty. */
export function formatWeight(reason: ShownPart | ShownPenalty): string {
  return "percent" in reason ? `${MINUS}${reason.percent}%` : `+${reason.points}`;
}

/** "+24 · Cause in comune: anziani", "−30% · A 45 km, oltre il raggio d'azione…". */
export function formatShownReason(reason: ShownPart | ShownPenalty, locale: "it" | "en"): string {
  return `${formatWeight(reason)} · ${reason[locale]}`;
}

/**
 * The computation in symbols every reader shares: "28 + 24 + 12 = 64; 64 − 30% = 45", or
 * "28 + 24 + 12 = 64" with no penalty. Each percentage applies to what the previous left.
 */
export function formatScoreSum(explanation: ScoreExplanation): string {
  const sum = `${explanation.parts.map((p) => p.points).join(" + ") || "0"} = ${explanation.base}`;
  if (explanation.penalties.length === 0) return sum;
  const penalties = explanation.penalties.map((p) => ` ${MINUS} ${p.percent}%`).join("");
  return `${sum}; ${explanation.base}${penalties} = ${explanation.score}`;
}
