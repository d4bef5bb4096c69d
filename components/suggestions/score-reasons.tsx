import type { Messages } from "@/lib/i18n/get-messages";
import type { ShownReason } from "@/lib/suggestions/show-score";

/**
 * The parts of a score, each with its weight as text ("+24", "−30%"), then the computation
 * ("64 − 30% = 45"): the reader can check the score, and no meaning rests on colour alone.
 */
export function ScoreReasons({
  reasons,
  scoreSum,
  headingId,
  t,
}: {
  reasons: ShownReason[];
  scoreSum: string;
  headingId: string;
  t: Pick<Messages["suggestions"], "reasons" | "scoreSum">;
}) {
  if (reasons.length === 0) return null;
  return (
    <div>
      <h3 id={headingId} className="text-sm font-semibold">{t.reasons}</h3>
      <ul className="mt-1 space-y-1" aria-labelledby={headingId}>
        {reasons.map((reason) => (
          <li key={`${reason.weight} ${reason.text}`} className="flex gap-2">
            <span className="min-w-14 shrink-0 text-right font-semibold tabular-nums">{reason.weight}</span>
            <span aria-hidden="true">·</span>
            <span>{reason.text}</span>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm text-muted">
        {t.scoreSum} <span className="font-semibold tabular-nums">{scoreSum}</span>
      </p>
    </div>
  );
}
