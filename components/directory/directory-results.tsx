import Link from "next/link";
import { ScoreBar } from "@/components/suggestions/score-bar";
import { buttonStyles } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/empty-state";
import type { DirectoryItem } from "@/lib/directory/search-directory";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import { DirectoryPagination } from "./directory-pagination";

/** A page of the directory: the count, how it is sorted, one card per organisation, the page links. */
export function DirectoryResults({
  items,
  total,
  page,
  pageCount,
  sortNote,
  profileHref,
  pageHref,
  t,
}: {
  items: DirectoryItem[];
  total: number;
  page: number;
  pageCount: number;
  sortNote: React.ReactNode;
  profileHref: (id: string) => string;
  pageHref: (page: number) => string;
  t: Pick<Messages, "directory" | "organizationKinds">;
}) {
  const d = t.directory;
  if (total === 0) return <EmptyState>{d.empty}</EmptyState>;
  return (
    <section aria-labelledby="directory-results-title">
      <h2 id="directory-results-title" className="text-xl font-bold" aria-live="polite">
        {total === 1 ? d.resultsOne : format(d.results, { count: total.toLocaleString("it-IT") })}
      </h2>
      <div className="mb-4 mt-1 text-muted">{sortNote}</div>
      {items.length === 0 ? (
        <div className="rounded-lg border border-dashed border-line bg-surface p-6">
          <p className="text-muted">{format(d.emptyPage, { pages: pageCount })}</p>
          <Link href={pageHref(1)} className={`${buttonStyles.secondary} mt-4`}>{d.firstPage}</Link>
        </div>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {items.map((item) => {
            const titleId = `directory-${item.id}`;
            return (
              <li key={item.id} aria-labelledby={titleId} className="flex flex-col gap-3 rounded-lg border border-line bg-white p-5">
                <div>
                  <h3 id={titleId} className="text-lg font-bold">
                    <Link href={profileHref(item.id)} className="text-primary underline underline-offset-4">{item.name}</Link>
                  </h3>
                  <p className="text-muted">
                    {t.organizationKinds[item.kind]} · {item.comune}
                    {item.distanceKm === null ? "" : ` · ${item.distanceKm === 0 ? d.sameComune : format(d.distance, { km: item.distanceKm })}`}
                  </p>
                </div>
                {item.score !== null ? (
                  <ScoreBar score={item.score} label={d.score} valueText={format(d.scoreValue, { score: item.score })} />
                ) : null}
                {item.causes.length > 0 ? (
                  <p><span className="font-semibold">{d.causes}:</span> {item.causes.join(", ")}</p>
                ) : (
                  <p className="text-sm text-muted">{d.noScore}</p>
                )}
                {item.summary ? <p className="text-ink">{item.summary}</p> : null}
              </li>
            );
          })}
        </ul>
      )}
      <DirectoryPagination page={page} pageCount={pageCount} hrefOf={pageHref} t={d} />
    </section>
  );
}
