/** One part of the dashboard: a titled region, so screen-reader users can jump between parts. */
export function DashboardSection({ id, title, children, wide = false }: { id: string; title: string; children: React.ReactNode; wide?: boolean }) {
  return (
    <section aria-labelledby={`${id}-title`} className={`min-w-0 rounded-lg border border-line bg-white p-4 sm:p-6 ${wide ? "lg:col-span-2" : ""}`}>
      <h2 id={`${id}-title`} className="mb-4 text-xl font-bold text-ink">
        {title}
      </h2>
      {children}
    </section>
  );
}

export const tableClass = "w-full border-collapse text-left";
export const headClass = "border-b-2 border-line";
export const rowClass = "border-b border-line last:border-b-0";
