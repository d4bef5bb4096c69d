export function EmptyState({ children }: { children: React.ReactNode }) {
  return <p className="rounded-lg border border-dashed border-line bg-surface p-6 text-muted">{children}</p>;
}
