import { csvNumber, toCsv } from "@/lib/csv/to-csv";
import { getMessages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import type { ProgrammeFigures, ProgrammeReport } from "./get-programme-report";

const COLUMNS = ["partnership", "company", "nonprofit", "phase", "money", "otherValue", "hours", "hoursValue", "otherDeliveries", "indicators", "indicatorsWithTarget", "indicatorsReached"] as const;

/**
 * The programme report as CSV for Italian Excel (BOM, ";", decimal comma: lib/csv): one row
 * per partnership, then the totals. Headers in the reader's language; amounts in euro.
 */
export function buildProgrammeReportCsv(report: ProgrammeReport, locale: Locale): string {
  const m = getMessages(locale);
  const t = m.programmeReport;
  const number = (value: number) => csvNumber(value, locale);
  const figures = (f: ProgrammeFigures) => [
    number(f.moneyCents / 100),
    number(f.otherValueCents / 100),
    number(f.hours),
    number(f.hoursValueCents / 100),
    number(f.otherDeliveries),
    number(f.indicators),
    number(f.indicatorsWithTarget),
    number(f.indicatorsReached),
  ];
  return toCsv([
    COLUMNS.map((column) => t.csvHeader[column]),
    ...report.partnerships.map((p) => [p.title, p.company, p.nonprofit, m.phases[p.phase], ...figures(p.figures)]),
    [t.total, "", "", "", ...figures(report.totals)],
  ]);
}
