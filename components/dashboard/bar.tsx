/**
 * A horizontal bar for a value out of the largest one shown beside it. Decoration only:
 * the number is always written next to it, so the bar is hidden from screen readers.
 */
export function Bar({ value, max, tone = "primary" }: { value: number; max: number; tone?: "primary" | "muted" }) {
  const width = max > 0 ? Math.max(value > 0 ? 2 : 0, Math.round((value / max) * 100)) : 0;
  return (
    <div className="h-3 w-full min-w-10 overflow-hidden rounded-full bg-surface ring-1 ring-line" aria-hidden="true">
      <div className={`h-full rounded-full ${tone === "primary" ? "bg-primary" : "bg-muted"}`} style={{ width: `${width}%` }} />
    </div>
  );
}
