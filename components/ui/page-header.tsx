export function PageHeader({ title, lead, children }: { title: string; lead?: string; children?: React.ReactNode }) {
  return (
    <header className="mb-8 flex flex-wrap items-end justify-between gap-4 border-b border-line pb-6">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold text-ink sm:text-4xl">{title}</h1>
        {lead ? <p className="mt-2 text-lg text-muted">{lead}</p> : null}
      </div>
      {children}
    </header>
  );
}
