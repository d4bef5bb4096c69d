import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/components/ui/format-date";
import type { Dashboard } from "@/lib/dashboard/get-dashboard";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import { DashboardSection, headClass, rowClass, tableClass } from "./dashboard-section";

type Props = { dashboard: Dashboard; locale: Locale; t: Messages };

const STATUS_TONE = { PENDING: "warning", CHANGES_REQUESTED: "primary" } as const;

// Few columns, each holding two lines, so the tables fit a phone without scrolling sideways.

/** Organisations waiting for CSV staff (or asked for changes), the longest waiting first. */
export function ApprovalsTable({ dashboard, locale, t }: Props) {
  const a = t.dashboard.approvals;
  return (
    <DashboardSection id="approvals" title={a.title} wide>
      {dashboard.approvals.length === 0 ? (
        <EmptyState>{a.empty}</EmptyState>
      ) : (
        <table className={tableClass}>
          <caption className="sr-only">{a.caption}</caption>
          <thead>
            <tr className={headClass}>
              <th scope="col" className="py-2 pr-4">{a.name}</th>
              <th scope="col" className="py-2">{a.status}</th>
            </tr>
          </thead>
          <tbody>
            {dashboard.approvals.map((row) => (
              <tr key={row.id} className={rowClass}>
                <th scope="row" className="py-3 pr-4 text-left align-top font-normal">
                  <Link href={`/staff/organizations/${row.id}`} className="font-semibold break-words text-primary underline underline-offset-4" aria-label={format(a.open, { name: row.name })}>
                    {row.name}
                  </Link>
                  <span className="block text-sm text-muted">{t.organizationKinds[row.kind]}</span>
                </th>
                <td className="py-3 align-top">
                  <Badge tone={STATUS_TONE[row.status]}>{t.organizationStatuses[row.status]}</Badge>
                  <span className="mt-1 block text-sm">
                    {row.since ? (
                      <time dateTime={row.since.toISOString()}>{format(a.sinceDate, { date: formatDate(row.since, locale) })}</time>
                    ) : (
                      <span className="text-muted">{a.notSubmitted}</span>
                    )}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </DashboardSection>
  );
}

/** Interests nobody has answered yet: who waits for whom, since when, until when. */
export function InterestsTable({ dashboard, locale, t }: Props) {
  const i = t.dashboard.interests;
  return (
    <DashboardSection id="interests" title={i.title} wide>
      {dashboard.interests.length === 0 ? (
        <EmptyState>{i.empty}</EmptyState>
      ) : (
        <table className={tableClass}>
          <caption className="sr-only">{i.caption}</caption>
          <thead>
            <tr className={headClass}>
              <th scope="col" className="py-2 pr-4">{i.waiting}</th>
              <th scope="col" className="py-2 pr-4">{i.awaiting}</th>
              <th scope="col" className="py-2">{i.since}</th>
            </tr>
          </thead>
          <tbody>
            {dashboard.interests.map((row) => (
              <tr key={row.id} className={rowClass}>
                <th scope="row" className="py-3 pr-4 text-left align-top font-normal">
                  {row.introduced ? (
                    <>
                      <span className="font-semibold">{i.staff}</span>
                      <span className="block text-sm text-muted">{format(i.introduction, { from: row.from.name, to: row.to.name })}</span>
                    </>
                  ) : (
                    <span className="font-semibold break-words">{row.from.name}</span>
                  )}
                </th>
                <td className="py-3 pr-4 align-top break-words">
                  <ul className="space-y-2">
                    {row.awaiting.map((organization) => <li key={organization.id}>{organization.name}</li>)}
                  </ul>
                </td>
                <td className="py-3 align-top">
                  <time dateTime={row.since.toISOString()} className="block whitespace-nowrap">{formatDate(row.since, locale)}</time>
                  <span className="block text-sm text-muted">{format(i.expires, { date: formatDate(row.expiresAt, locale) })}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </DashboardSection>
  );
}
