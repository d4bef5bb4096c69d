import { buttonStyles } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import { db } from "@/lib/db";
import { format } from "@/lib/i18n/define-section";
import { formatDecimal, formatEuro } from "@/lib/money/format-amount";
import { getImpactReport } from "@/lib/partnerships/report/get-impact-report";
import type { SectionProps } from "../section-props";

/** At the bottom of "monitoring": a short summary of the impact report and its two downloads, for partners and staff in every phase. */
export async function ReportSection({ access, locale, t }: SectionProps) {
  const r = t.report;
  const report = await getImpactReport(db, access.viewer, { partnershipId: access.partnershipId });
  const totals = [report.delivered.totals.COMPANY, report.delivered.totals.NONPROFIT];
  const money = totals.reduce((sum, side) => sum + side.moneyCents, 0);
  const hours = totals.reduce((sum, side) => sum + side.hours, 0);
  const items = totals.reduce((sum, side) => sum + side.goods + side.others, 0);
  const reached = report.indicators.filter((indicator) => indicator.targetReached).length;
  const early = report.indicators.length === 0 && report.delivered.lines.length === 0 && report.communication.length === 0;
  const base = `/partnerships/${report.partnership.id}/report`;

  const summary: [string, string][] = [
    [r.summary.indicators, report.indicators.length === 0 ? r.summary.noIndicators : format(r.summary.indicatorsValue, { count: report.indicators.length, reached })],
    [r.summary.delivered, format(r.summary.deliveredValue, { money: formatEuro(money, locale), hours: formatDecimal(hours, locale), items })],
    [r.summary.published, String(report.communication.length)],
    [r.summary.story, report.story ? (report.story.approvedByBoth ? r.summary.storyApproved : r.summary.storyPending) : r.summary.storyNone],
  ];

  return (
    <section aria-labelledby="report-title" className="space-y-4 border-t border-line pt-8">
      <h2 id="report-title" className="text-2xl font-bold">{r.title}</h2>
      <p className="max-w-3xl text-muted">{r.lead}</p>
      {early ? <Notice tone="info">{r.earlyNote}</Notice> : null}
      <dl className="grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        {summary.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="flex flex-wrap gap-3">
        <a href={`${base}/pdf`} download className={buttonStyles.primary}>{r.downloadPdf}</a>
        <a href={`${base}/csv`} download className={buttonStyles.secondary}>{r.downloadCsv}</a>
      </div>
    </section>
  );
}
