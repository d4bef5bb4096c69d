/** A quiet skeleton shown while a page's data loads. */
export function LoadingPanel({ label }: { label: string }) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8" aria-busy="true">
      <p className="sr-only" role="status">{label}</p>
      <div className="animate-pulse space-y-4" aria-hidden="true">
        <div className="h-9 w-2/3 rounded bg-surface" />
        <div className="h-5 w-1/2 rounded bg-surface" />
        <div className="mt-8 h-32 rounded bg-surface" />
        <div className="h-32 rounded bg-surface" />
      </div>
    </div>
  );
}
