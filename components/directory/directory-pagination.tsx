import Link from "next/link";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";

/** The pages to offer around the current one: first, last, and two either side ("…" between). */
export function pagesAround(page: number, pageCount: number): Array<number | "gap"> {
  const wanted = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2].filter((p) => p >= 1 && p <= pageCount));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: Array<number | "gap"> = [];
  for (const [i, p] of sorted.entries()) {
    const previous = sorted[i - 1];
    if (previous !== undefined && p - previous > 1) out.push("gap");
    out.push(p);
  }
  return out;
}

const linkClass = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-line bg-white px-3 no-underline hover:bg-surface aria-[current=page]:border-primary aria-[current=page]:bg-primary aria-[current=page]:text-white";

/** Page links (real links: they work without JavaScript), keeping the search in the URL. */
export function DirectoryPagination({ page, pageCount, hrefOf, t }: { page: number; pageCount: number; hrefOf: (page: number) => string; t: Messages["directory"] }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t.pagination} className="mt-8">
      <p className="mb-3 text-muted">{format(t.pageOf, { page, pages: pageCount })}</p>
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? <li><Link href={hrefOf(page - 1)} rel="prev" className={linkClass}>← {t.previous}</Link></li> : null}
        {pagesAround(page, pageCount).map((p, i) =>
          p === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-muted">…</li>
          ) : (
            <li key={p}>
              <Link href={hrefOf(p)} aria-current={p === page ? "page" : undefined} aria-label={format(t.goToPage, { page: p })} className={linkClass}>{p}</Link>
            </li>
          ),
        )}
        {page < pageCount ? <li><Link href={hrefOf(page + 1)} rel="next" className={linkClass}>{t.next} →</Link></li> : null}
      </ul>
    </nav>
  );
}
