import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import type { Dashboard } from "@/lib/dashboard/get-dashboard";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import { Bar } from "./bar";
import { DashboardSection, headClass, rowClass, tableClass } from "./dashboard-section";
import { formatDecimal } from "@/lib/money/format-amount";
import { formatDays } from "./format";

type Props = { dashboard: Dashboard; locale: Locale; t: Messages["dashboard"]; phases: Messages["phases"] };

const CLOSED = new Set(["COMPLETED", "DISCONTINUED"]);

/** How many partnerships are in each phase, closed ones included, as in the board's columns. */
export function PhaseCounts({ dashboard, t, phases }: Props) {
  const max = Math.max(...dashboard.phases.map((row) => row.count));
  const open = dashboard.phases.filter((row) => !CLOSED.has(row.phase)).reduce((sum, row) => sum + row.count, 0);
  return (
    <DashboardSection id="phases" title={t.phases.title}>
      {dashboard.totalPartnerships === 0 ? (
        <EmptyState>{t.phases.empty}</EmptyState>
      ) : (
        <>
          <table className={tableClass}>
            <caption className="sr-only">{t.phases.caption}</caption>
            <thead>
              <tr className={headClass}>
                <th scope="col" className="py-2 pr-4">{t.phases.phase}</th>
                <th scope="col" className="py-2 text-right">{t.phases.count}</th>
                {/* The bars' column: decoration, the numbers are in the column before. */}
                <td aria-hidden="true" className="w-1/3" />
              </tr>
            </thead>
            <tbody>
              {dashboard.phases.map((row) => (
                <tr key={row.phase} className={`${rowClass} ${CLOSED.has(row.phase) ? "text-muted" : ""}`}>
                  <th scope="row" className="py-2 pr-4 font-normal">{phases[row.phase]}</th>
                  <td className="py-2 text-right font-semibold tabular-nums text-ink">{row.count}</td>
                  <td className="py-2 pl-3"><Bar value={row.count} max={max} tone={CLOSED.has(row.phase) ? "muted" : "primary"} /></td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="border-t-2 border-line">
                <th scope="row" className="py-2 pr-4">{t.phases.total}</th>
                <td className="py-2 text-right font-bold tabular-nums">{dashboard.totalPartnerships}</td>
                <td className="py-2 pl-3 text-sm text-muted">{format(t.phases.open, { count: open })}</td>
              </tr>
            </tfoot>
          </table>
          <p className="mt-4">
            <Link href="/staff" className="font-semibold text-primary underline underline-offset-4">{t.phases.board}</Link>
          </p>
        </>
      )}
    </DashboardSection>
  );
}

/** The mean days a partnership spends in each open phase, with how many partnerships it is over. */
export function PhaseDurations({ dashboard, locale, t, phases }: Props) {
  const known = dashboard.averageDays.filter((row) => row.averageDays !== null);
  const max = Math.max(0, ...known.map((row) => row.averageDays ?? 0));
  return (
    <DashboardSection id="durations" title={t.averageDays.title}>
      {known.length === 0 ? (
        <EmptyState>{t.averageDays.empty}</EmptyState>
      ) : (
        <table className={tableClass}>
          <caption className="sr-only">{t.averageDays.caption}</caption>
          <thead>
            <tr className={headClass}>
              <th scope="col" className="py-2 pr-4">{t.averageDays.phase}</th>
              <th scope="col" className="py-2 text-right">{t.averageDays.average}</th>
            </tr>
          </thead>
          <tbody>
            {dashboard.averageDays.map((row) => (
              <tr key={row.phase} className={rowClass}>
                <th scope="row" className="py-2 pr-4 font-normal">
                  {phases[row.phase]}
                  {row.averageDays !== null ? <div className="mt-1"><Bar value={row.averageDays} max={max} /></div> : null}
                </th>
                <td className="py-2 text-right align-top tabular-nums">
                  {row.averageDays === null ? (
                    <span className="text-muted">{t.averageDays.noData}</span>
                  ) : (
                    <>
                      <span className="block font-semibold whitespace-nowrap">{formatDays(row.averageDays, locale, t)}</span>
                      <span className="block text-sm text-muted">{format(t.averageDays.over, { count: formatDecimal(row.partnerships, locale) })}</span>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="mt-4 text-sm text-muted">{t.averageDays.method}</p>
    </DashboardSection>
  );
}
