import { EmptyState } from "@/components/ui/empty-state";
import type { Dashboard } from "@/lib/dashboard/get-dashboard";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import { Bar } from "./bar";
import { DashboardSection, headClass, rowClass, tableClass } from "./dashboard-section";
import { formatDecimal, formatEuro } from "@/lib/money/format-amount";

type Props = { dashboard: Dashboard; locale: Locale; t: Messages["dashboard"] };

/** What the partners promised in their plans and what they actually gave, side by side. */
export function ContributionsTable({ dashboard, locale, t }: Props) {
  const { planned, delivered } = dashboard.contributions;
  const c = t.contributions;
  const rows = [
    { key: "money", label: c.money, planned: formatEuro(planned.moneyCents, locale, { wholeWithoutCents: true }), delivered: formatEuro(delivered.moneyCents, locale, { wholeWithoutCents: true }) },
    { key: "value", label: c.value, planned: formatEuro(planned.valueCents, locale, { wholeWithoutCents: true }), delivered: formatEuro(delivered.valueCents, locale, { wholeWithoutCents: true }) },
    { key: "hours", label: c.hours, planned: null, delivered: formatDecimal(delivered.hours, locale) },
    { key: "goods", label: c.goods, planned: formatDecimal(planned.goods, locale), delivered: formatDecimal(delivered.goods, locale) },
    { key: "count", label: c.count, planned: formatDecimal(planned.count, locale), delivered: formatDecimal(delivered.count, locale) },
  ];
  return (
    <DashboardSection id="contributions" title={c.title}>
      {planned.count + delivered.count === 0 ? (
        <EmptyState>{c.empty}</EmptyState>
      ) : (
        <div className="overflow-x-auto">
          <table className={tableClass}>
            <caption className="sr-only">{c.caption}</caption>
            <thead>
              <tr className={headClass}>
                <th scope="col" className="py-2 pr-4">{c.metric}</th>
                <th scope="col" className="py-2 pr-4 text-right">{c.planned}</th>
                <th scope="col" className="py-2 text-right">{c.delivered}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} className={rowClass}>
                  <th scope="row" className="py-2 pr-4 font-normal">{row.label}</th>
                  <td className="py-2 pr-4 text-right whitespace-nowrap tabular-nums">{row.planned ?? <span className="text-muted">{c.notPlanned}</span>}</td>
                  <td className="py-2 text-right font-semibold whitespace-nowrap tabular-nums">{row.delivered}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </DashboardSection>
  );
}

/** Indicators: how many, how many with a target, how many reached it. */
export function IndicatorsSummary({ dashboard, locale, t }: Props) {
  const { total, withTarget, reached } = dashboard.indicators;
  const i = t.indicators;
  return (
    <DashboardSection id="indicators" title={i.title}>
      {total === 0 ? (
        <EmptyState>{i.empty}</EmptyState>
      ) : (
        <>
          <dl className="grid grid-cols-3 gap-3 text-center">
            {[
              { label: i.total, value: total },
              { label: i.withTarget, value: withTarget },
              { label: i.reached, value: reached },
            ].map((item) => (
              <div key={item.label} className="flex flex-col-reverse justify-end rounded-md bg-surface p-3">
                <dt className="text-sm text-muted">{item.label}</dt>
                <dd className="text-3xl font-bold tabular-nums text-ink">{formatDecimal(item.value, locale)}</dd>
              </div>
            ))}
          </dl>
          {withTarget > 0 ? (
            <div className="mt-4">
              <p className="mb-1 text-sm font-semibold">{format(i.reachedOf, { reached, total: withTarget })}</p>
              <Bar value={reached} max={withTarget} />
            </div>
          ) : null}
          <p className="mt-4 text-sm text-muted">{i.explanation}</p>
        </>
      )}
    </DashboardSection>
  );
}
