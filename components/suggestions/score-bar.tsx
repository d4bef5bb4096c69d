/** A score 0..100 as a bar with its number in words beside it; the bar itself is decoration. */
export function ScoreBar({ score, label, valueText }: { score: number; label: string; valueText: string }) {
  const width = Math.max(0, Math.min(100, score));
  return (
    <div className="flex items-center gap-3">
      <span className="text-sm font-semibold">{label}</span>
      <div className="h-3 flex-1 overflow-hidden rounded-full bg-surface ring-1 ring-line" aria-hidden="true">
        <div className="h-full rounded-full bg-primary" style={{ width: `${width}%` }} />
      </div>
      <span className="text-sm font-semibold tabular-nums">{valueText}</span>
    </div>
  );
}
