import type { Metadata } from "next";
import { VolunteerHourForm } from "@/components/reports/volunteer-hour-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { format } from "@/lib/i18n/define-section";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import { formatDecimal, formatEuro } from "@/lib/money/format-amount";
import { getProgrammeReport } from "@/lib/partnerships/report/get-programme-report";
import { FIRST_REPORT_YEAR } from "@/lib/partnerships/report/programme-report-schema";
import { setVolunteerHourValueAction } from "./actions";
import { readReportYear } from "./read-year";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.programmeReport.title };
}

type Props = { searchParams: Promise<{ year?: string | string[] }> };

export default async function ProgrammeReportPage({ searchParams }: Props) {
  const staff = await requireStaff();
  const [{ locale, t }, params] = await Promise.all([getRequestMessages(), searchParams]);
  const p = t.programmeReport;
  const thisYear = readReportYear(undefined) ?? new Date().getFullYear();
  // A malformed ?year= shows this year rather than an error: the selector is the way in.
  const year = readReportYear(typeof params.year === "string" ? params.year : undefined) ?? thisYear;
  const report = await getProgrammeReport(db, staff, { year });
  const years = Array.from({ length: thisYear - FIRST_REPORT_YEAR + 2 }, (_, index) => thisYear + 1 - index);
  const totals = report.totals;
  return (
    <>
      <PageHeader title={p.title} lead={p.lead} />
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3">
        <div className="flex flex-col">
          <label htmlFor="report-year" className="font-semibold">
            {p.yearLabel}
          </label>
          <select id="report-year" name="year" defaultValue={String(year)} className="min-h-11 rounded-md border-2 border-muted bg-white px-2">
            {years.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonStyles.secondary}>
          {p.show}
        </button>
      </form>
      <div className="mb-8 flex flex-wrap gap-3">
        {/* Plain links, not next/link: the answers are files to download. */}
        <a href={`/staff/reports/pdf?year=${year}`} download className={buttonStyles.primary}>
          {format(p.downloadPdf, { year })}
        </a>
        <a href={`/staff/reports/csv?year=${year}`} download className={buttonStyles.secondary}>
          {format(p.downloadCsv, { year })}
        </a>
      </div>
      <section aria-labelledby="totals-heading" className="mb-8">
        <h2 id="totals-heading" className="mb-3 text-xl font-bold">
          {p.totalsHeading} {year}
        </h2>
        {report.partnerships.length === 0 ? (
          <p>{format(p.empty, { year })}</p>
        ) : (
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
            {(
              [
                [p.partnerships, formatDecimal(report.partnerships.length, locale)],
                [p.money, formatEuro(totals.moneyCents, locale)],
                [p.otherValue, formatEuro(totals.otherValueCents, locale)],
                [p.hours, formatDecimal(totals.hours, locale)],
                [p.hoursValue, formatEuro(totals.hoursValueCents, locale)],
                [p.indicatorsReached, format(p.indicatorsReachedValue, { reached: totals.indicatorsReached, withTarget: totals.indicatorsWithTarget })],
              ] as const
            ).map(([label, value]) => (
              <div key={label} className="flex justify-between gap-4 border-b border-line py-1">
                <dt>{label}</dt>
                <dd className="font-semibold">{value}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      <section aria-labelledby="hour-value-heading" className="rounded-md border border-line p-4">
        <h2 id="hour-value-heading" className="mb-1 text-xl font-bold">
          {p.hourValueHeading}
        </h2>
        <p className="mb-3 text-sm">{format(p.hourValueCurrent, { value: formatEuro(report.volunteerHourValueCents, locale) })}</p>
        <VolunteerHourForm current={formatDecimal(report.volunteerHourValueCents / 100, locale)} t={p} forms={t.forms} action={setVolunteerHourValueAction} />
      </section>
    </>
  );
}
