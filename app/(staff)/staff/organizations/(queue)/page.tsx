import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/components/ui/format-date";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import type { OrganizationKind, OrganizationStatus } from "@/lib/generated/prisma/enums";
import { format } from "@/lib/i18n/define-section";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import { listReviewQueue, QUEUE_STATUSES } from "@/lib/organizations/list-review-queue";
import { RESOURCE_CODES } from "@/lib/profiles/vocabulary";
import { DirectoryResults } from "@/components/directory/directory-results";
import { DirectorySearchForm } from "@/components/directory/directory-search-form";
import { Notice } from "@/components/ui/notice";
import { runDirectorySearch } from "@/app/_directory/run-directory-search";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.review.title };
}

const KINDS = ["COMPANY", "NONPROFIT"] as const;
const STATUS_TONE = { PENDING: "warning", CHANGES_REQUESTED: "primary", ACTIVE: "success", REJECTED: "danger", SUSPENDED: "danger" } as const;

type QueuePageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OrganizationsQueuePage({ searchParams }: QueuePageProps) {
  const staff = await requireStaff();
  const params = await searchParams;
  // Unknown filter values are ignored rather than refused: the URL is typed by people.
  const status = QUEUE_STATUSES.find((s) => s === params.status);
  const kind = KINDS.find((k) => k === params.kind) as OrganizationKind | undefined;
  // The approved ones grow to tens of thousands: their tab is the directory (search, filters,
  // pages, served from the candidate index), the same one partners use, with both sides.
  const directory = status === "ACTIVE";
  const { locale, t } = await getRequestMessages();
  const [queue, search] = await Promise.all([
    // On the directory tab the queue is read for its counts only (the tabs).
    listReviewQueue(db, staff, { status: directory ? "PENDING" : (status as OrganizationStatus | undefined), kind }),
    directory ? runDirectorySearch("/staff/organizations", params, { type: "staff", id: staff.id, role: staff.role }, locale, { status: "ACTIVE" }) : null,
  ]);
  const r = t.review;
  const selectClass = "mt-1 block min-h-11 w-full max-w-full rounded-md border-2 border-muted bg-white px-2 sm:w-auto";

  return (
    <>
      <PageHeader title={r.title} lead={r.lead} />
      <nav aria-label={r.counts} className="mb-6">
        <ul className="flex flex-wrap gap-2">
          {QUEUE_STATUSES.map((s) => (
            <li key={s}>
              <Link href={`/staff/organizations?status=${s}`} aria-current={status === s ? "page" : undefined} className="inline-flex min-h-11 items-center gap-2 rounded-md border border-line bg-white px-3 no-underline hover:bg-surface aria-[current=page]:border-primary aria-[current=page]:bg-primary-soft">
                {t.organizationStatuses[s]} <Badge tone={STATUS_TONE[s]}>{queue.counts[s]}</Badge>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {search ? (
        <>
          <DirectorySearchForm action="/staff/organizations" hidden={{ status: "ACTIVE" }} values={search.values} errors={search.errors} offerCodes={RESOURCE_CODES} needCodes={RESOURCE_CODES} staff locale={locale} t={t} />
          {search.result?.state === "ready" ? (
            <DirectoryResults
              items={search.result.items}
              total={search.result.total}
              page={search.result.page}
              pageCount={search.result.pageCount}
              sortNote={t.directory.sortedByName}
              profileHref={(id) => `/staff/organizations/${id}`}
              pageHref={search.pageHref}
              t={t}
            />
          ) : (
            <Notice tone="error">{t.directory.invalidSearch}</Notice>
          )}
        </>
      ) : (
        <>
          <form method="get" className="mb-8 flex flex-wrap items-end gap-4 rounded-lg border border-line bg-surface p-4" aria-label={r.filters}>
            <div className="w-full sm:w-auto">
              <label htmlFor="filter-status" className="font-semibold">{r.status}</label>
              <select id="filter-status" name="status" defaultValue={status ?? ""} className={selectClass}>
                <option value="">{r.waiting}</option>
                {QUEUE_STATUSES.map((s) => <option key={s} value={s}>{t.organizationStatuses[s]}</option>)}
              </select>
            </div>
            <div className="w-full sm:w-auto">
              <label htmlFor="filter-kind" className="font-semibold">{r.kind}</label>
              <select id="filter-kind" name="kind" defaultValue={kind ?? ""} className={selectClass}>
                <option value="">{r.allKinds}</option>
                {KINDS.map((k) => <option key={k} value={k}>{t.organizationKinds[k]}</option>)}
              </select>
            </div>
            <button type="submit" className={buttonStyles.secondary}>{r.apply}</button>
          </form>
          {queue.items.length === 0 ? (
            <EmptyState>{r.empty}</EmptyState>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full min-w-[44rem] border-collapse text-left">
                <thead>
                  <tr className="border-b-2 border-line">
                    <th scope="col" className="py-2 pr-4">{r.name}</th>
                    <th scope="col" className="py-2 pr-4">{r.kind}</th>
                    <th scope="col" className="py-2 pr-4">{r.comune}</th>
                    <th scope="col" className="py-2 pr-4">{r.status}</th>
                    <th scope="col" className="py-2">{r.submitted}</th>
                  </tr>
                </thead>
                <tbody>
                  {queue.items.map((item) => (
                    <tr key={item.id} className="border-b border-line">
                      <td className="py-3 pr-4">
                        <Link href={`/staff/organizations/${item.id}`} className="font-semibold text-primary underline underline-offset-4" aria-label={format(r.open, { name: item.name })}>
                          {item.name}
                        </Link>
                      </td>
                      <td className="py-3 pr-4">{t.organizationKinds[item.kind]}</td>
                      <td className="py-3 pr-4">{item.comune}</td>
                      <td className="py-3 pr-4"><Badge tone={STATUS_TONE[item.status]}>{t.organizationStatuses[item.status]}</Badge></td>
                      <td className="py-3">{item.submittedAt ? formatDate(item.submittedAt, locale) : <span className="text-muted">{format(r.notSubmitted, { step: item.step })}</span>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}
