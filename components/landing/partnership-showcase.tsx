import { EmptyState } from "@/components/ui/empty-state";
import type { Messages } from "@/lib/i18n/get-messages";
import type { ShowcasedPartnership } from "@/lib/partnerships/list-showcased-partnerships";

export function PartnershipShowcase({ partnerships, t }: { partnerships: ShowcasedPartnership[]; t: Messages }) {
  if (partnerships.length === 0) return <EmptyState>{t.landing.showcaseEmpty}</EmptyState>;
  return (
    <ul className="grid gap-6 md:grid-cols-3">
      {partnerships.map((partnership) => (
        <li key={partnership.id}>
          <article className="h-full rounded-lg border border-line bg-white p-6">
            <h3 className="text-xl font-bold">{partnership.title}</h3>
            <p className="mt-1 text-sm text-muted">
              {partnership.company.name} · {partnership.nonprofit.name}
            </p>
            <p className="mt-3">{partnership.story}</p>
          </article>
        </li>
      ))}
    </ul>
  );
}
