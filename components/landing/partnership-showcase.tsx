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
            {partnership.photos.length > 0 ? (
              <ul className="mt-4 grid grid-cols-2 gap-2">
                {partnership.photos.map((photo) => (
                  <li key={photo.id}>
                    {/* eslint-disable-next-line @next/next/no-img-element -- stored photos, served as they are by our own route */}
                    <img src={`/showcase/photos/${photo.id}`} alt={photo.description ?? partnership.title} loading="lazy" className="aspect-square w-full rounded-md object-cover" />
                  </li>
                ))}
              </ul>
            ) : null}
          </article>
        </li>
      ))}
    </ul>
  );
}
