import { format } from "@/lib/i18n/define-section";
import { getMessages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import { formatDecimal, formatEuro } from "@/lib/money/format-amount";
import { createPdfWriter } from "@/lib/pdf/pdf-writer";
import { formatDateTime } from "../agreement/document-format";
import type { ProgrammeFigures, ProgrammeReport } from "./get-programme-report";
import { writeStandardsSection } from "./write-standards-section";

/** The programme report of a year as a PDF: the totals, each partnership, where the figures go. */
export async function renderProgrammeReportPdf(report: ProgrammeReport, locale: Locale, now = new Date()): Promise<Uint8Array> {
  const m = getMessages(locale);
  const t = m.programmeReport;
  const r = m.report.document;
  const title = format(t.pdfTitle, { year: report.year });
  const pdf = await createPdfWriter({ title, author: "Insieme · CSV Pavia", language: locale === "it" ? "it-IT" : "en-GB", footer: title, pageLabel: r.page });
  const num = (value: number) => formatDecimal(value, locale);
  const rows = (f: ProgrammeFigures): Array<readonly [string, string]> => [
    [t.money, formatEuro(f.moneyCents, locale)],
    [t.otherValue, formatEuro(f.otherValueCents, locale)],
    [t.otherDeliveries, num(f.otherDeliveries)],
    [t.hours, num(f.hours)],
    // Apart from money and goods, and never added to them: an estimate of donated time.
    [t.hoursValue, formatEuro(f.hoursValueCents, locale)],
    [t.indicators, num(f.indicators)],
    [t.indicatorsReached, format(t.indicatorsReachedValue, { reached: f.indicatorsReached, withTarget: f.indicatorsWithTarget })],
  ];

  pdf.heading(title, 1);
  pdf.paragraph(t.pdfSubtitle, { size: 12 });
  pdf.paragraph(format(r.generatedAt, { date: formatDateTime(now, locale) }), { muted: true, size: 9 });

  pdf.heading(t.totalsHeading, 2);
  pdf.keyValues([[t.partnerships, num(report.partnerships.length)], ...rows(report.totals)]);
  pdf.paragraph(format(r.hoursValueNote, { rate: formatEuro(report.volunteerHourValueCents, locale) }), { muted: true, size: 9 });

  pdf.heading(t.partnershipsHeading, 2);
  if (report.partnerships.length === 0) pdf.paragraph(format(t.empty, { year: report.year }));
  for (const partnership of report.partnerships) {
    pdf.heading(partnership.title, 3);
    pdf.keyValues([[t.parties, `${partnership.company} · ${partnership.nonprofit}`], [t.phase, m.phases[partnership.phase]], ...rows(partnership.figures)]);
  }
  writeStandardsSection(pdf, r);
  return pdf.finish();
}
