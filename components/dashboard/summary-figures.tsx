import type { Dashboard } from "@/lib/dashboard/get-dashboard";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import { formatDecimal, formatEuro } from "@/lib/money/format-amount";

/** Four headline figures; every one is detailed in a section below. */
export function SummaryFigures({ dashboard, locale, t }: { dashboard: Dashboard; locale: Locale; t: Messages["dashboard"] }) {
  const s = t.summary;
  const closed = dashboard.phases.filter((row) => row.phase === "COMPLETED" || row.phase === "DISCONTINUED").reduce((sum, row) => sum + row.count, 0);
  const { delivered, planned } = dashboard.contributions;
  const figures = [
    { label: s.partnerships, value: formatDecimal(dashboard.totalPartnerships, locale), note: format(s.open, { count: dashboard.totalPartnerships - closed }) },
    { label: s.money, value: formatEuro(delivered.moneyCents, locale, { wholeWithoutCents: true }), note: format(s.moneyPlanned, { amount: formatEuro(planned.moneyCents, locale, { wholeWithoutCents: true }) }) },
    { label: s.hours, value: formatDecimal(delivered.hours, locale), note: delivered.hours === 0 ? s.hoursNone : null },
    { label: s.reached, value: formatDecimal(dashboard.indicators.reached, locale), note: format(s.reachedOf, { count: dashboard.indicators.withTarget }) },
  ];
  return (
    <section aria-labelledby="summary-title" className="mb-8">
      <h2 id="summary-title" className="sr-only">{s.title}</h2>
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {figures.map((figure) => (
          <div key={figure.label} className="flex flex-col rounded-lg border border-line bg-white p-4">
            <dt className="text-sm font-semibold text-muted">{figure.label}</dt>
            <dd className="order-first text-2xl font-bold tabular-nums text-primary-dark sm:text-3xl">{figure.value}</dd>
            {figure.note ? <dd className="text-sm text-muted">{figure.note}</dd> : null}
          </div>
        ))}
      </dl>
    </section>
  );
}
