import { EmptyState } from "@/components/ui/empty-state";
import type { Dashboard } from "@/lib/dashboard/get-dashboard";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import { CAUSE_NAMES } from "@/lib/profiles/labels";
import { Bar } from "./bar";
import { DashboardSection, headClass, rowClass, tableClass } from "./dashboard-section";

/** The causes (art. 5 CTS) of the nonprofits in open and completed partnerships. */
export function CausesTable({ dashboard, locale, t }: { dashboard: Dashboard; locale: Locale; t: Messages["dashboard"] }) {
  const max = Math.max(0, ...dashboard.causes.map((row) => row.partnerships));
  return (
    <DashboardSection id="causes" title={t.causes.title} wide>
      {dashboard.causes.length === 0 ? (
        <EmptyState>{t.causes.empty}</EmptyState>
      ) : (
        <table className={tableClass}>
          <caption className="sr-only">{t.causes.caption}</caption>
          <thead>
            <tr className={headClass}>
              <th scope="col" className="py-2 pr-4">{t.causes.cause}</th>
              <th scope="col" className="py-2 text-right">{t.causes.partnerships}</th>
            </tr>
          </thead>
          <tbody>
            {dashboard.causes.map((row) => (
              <tr key={row.code} className={rowClass}>
                <th scope="row" className="py-2 pr-4 font-normal">
                  {CAUSE_NAMES[row.code][locale]}
                  <div className="mt-1"><Bar value={row.partnerships} max={max} /></div>
                </th>
                <td className="py-2 text-right align-top font-semibold tabular-nums">{row.partnerships}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {dashboard.partnershipsWithoutCause > 0 ? (
        <p className="mt-4 text-sm text-muted">{format(t.causes.withoutCause, { count: dashboard.partnershipsWithoutCause })}</p>
      ) : null}
    </DashboardSection>
  );
}
