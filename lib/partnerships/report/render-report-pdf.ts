import { format } from "@/lib/i18n/define-section";
import { getMessages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import { createPdfWriter } from "@/lib/pdf/pdf-writer";
import { formatDecimal, formatEuro } from "@/lib/money/format-amount";
import { formatDateTime, formatDay } from "../agreement/document-format";
import type { ImpactReport } from "./get-impact-report";
import { writeStandardsSection } from "./write-standards-section";

/** The impact report as a PDF, section by section; sections without data say so in one line. */
export async function renderReportPdf(report: ImpactReport, locale: Locale, now = new Date()): Promise<Uint8Array> {
  const m = getMessages(locale);
  const r = m.report.document;
  const { partnership } = report;
  const pdf = await createPdfWriter({
    title: `${r.title} – ${partnership.title}`,
    author: "Insieme · CSV Pavia",
    language: locale === "it" ? "it-IT" : "en-GB",
    footer: format(r.footer, { title: partnership.title }),
    pageLabel: r.page,
  });
  const num = (value: number) => formatDecimal(value, locale);
  const sideName = (side: "COMPANY" | "NONPROFIT") => (side === "COMPANY" ? partnership.company.name : partnership.nonprofit.name);

  pdf.heading(r.title, 1);
  pdf.paragraph(format(r.subtitle, { title: partnership.title }), { size: 12 });
  pdf.paragraph(format(r.generatedAt, { date: formatDateTime(now, locale) }), { muted: true, size: 9 });

  pdf.heading(r.partiesHeading, 2);
  pdf.keyValues([
    [r.company, `${partnership.company.name} (${partnership.company.comune})`],
    [r.nonprofit, `${partnership.nonprofit.name} (${partnership.nonprofit.comune})`],
    [r.goal, partnership.commonGoal],
    [r.phase, m.phases[partnership.phase]],
    [
      r.duration,
      report.duration.end
        ? format(r.durationValue, { start: formatDay(report.duration.start, locale), end: formatDay(report.duration.end, locale) })
        : format(r.durationOpen, { start: formatDay(report.duration.start, locale) }),
    ],
    [r.agreementStatus, report.agreement ? (report.agreement.signedByBoth ? format(r.agreementSigned, { revision: report.agreement.revision }) : r.agreementNotSigned) : r.agreementNone],
  ]);

  // Outputs (what each side put in) before outcomes (what changed), the order of the
  // bilancio sociale's "Obiettivi e attività" and of GRI 413-1's programme reporting.
  pdf.heading(r.outputsHeading, 2);
  pdf.paragraph(r.outputsLead, { muted: true });
  for (const side of ["COMPANY", "NONPROFIT"] as const) {
    const delivered = report.delivered.totals[side];
    const planned = report.planned.totals[side];
    pdf.heading(sideName(side), 3);
    pdf.keyValues([
      [`${r.delivered}: ${r.money}`, formatEuro(delivered.moneyCents, locale)],
      [`${r.delivered}: ${r.otherValue}`, formatEuro(delivered.otherValueCents, locale)],
      [`${r.delivered}: ${r.hours}`, num(delivered.hours)],
      [`${r.delivered}: ${r.goods}`, num(delivered.goods)],
      [`${r.delivered}: ${r.others}`, num(delivered.others)],
      [`${r.planned}: ${r.plannedItems}`, num(planned.items)],
      [`${r.planned}: ${r.plannedValue}`, formatEuro(planned.valueCents, locale)],
    ]);
  }
  // The hours' value apart from money and goods: an estimate, never part of a total in €.
  pdf.heading(r.hoursValue, 3);
  pdf.keyValues((["COMPANY", "NONPROFIT"] as const).map((side) => [sideName(side), `${formatEuro(report.delivered.totals[side].hoursValueCents, locale)} (${num(report.delivered.totals[side].hours)} ${r.hoursUnit})`] as const));
  pdf.paragraph(format(r.hoursValueNote, { rate: formatEuro(report.volunteerHourValueCents, locale) }), { muted: true, size: 9 });

  pdf.heading(r.outcomesHeading, 2);
  pdf.paragraph(r.outcomesLead, { muted: true });
  if (report.indicators.length === 0) pdf.paragraph(r.indicatorsNone);
  for (const indicator of report.indicators) {
    pdf.heading(`${indicator.name} (${indicator.unit}, ${r.direction[indicator.direction]})`, 3);
    pdf.keyValues([
      [r.baseline, num(indicator.baseline)],
      [r.target, indicator.target === null ? r.noTarget : num(indicator.target)],
      [r.latest, indicator.latest ? `${num(indicator.latest.value)} ${format(r.measuredOn, { date: formatDay(indicator.latest.measuredOn, locale) })}` : r.noValue],
      [r.change, indicator.latest ? num(indicator.latest.value - indicator.baseline) : "-"],
      [r.progress, indicator.progressPercent === null ? "-" : `${indicator.progressPercent}%`],
      [r.targetReached, indicator.target === null ? "-" : indicator.targetReached ? r.yes : r.no],
    ]);
  }

  pdf.heading(r.communicationHeading, 2);
  if (report.communication.length === 0) pdf.paragraph(r.communicationNone);
  else pdf.bullets(report.communication.map((item) => `${formatDay(item.plannedOn, locale)} · ${m.report.channels[item.channel]} · ${item.title}${item.link ? ` (${item.link})` : ""}`));

  pdf.heading(r.storyHeading, 2);
  if (!report.story) pdf.paragraph(r.storyNone);
  else {
    pdf.paragraph(report.story.text);
    pdf.paragraph(report.story.approvedByBoth ? r.storyApproved : r.storyNotApproved, { muted: true });
  }

  pdf.heading(r.evaluationsHeading, 2);
  if (report.evaluations.length === 0) pdf.paragraph(r.evaluationsNone);
  for (const evaluation of report.evaluations) {
    pdf.heading(sideName(evaluation.side), 3);
    pdf.keyValues([
      [r.goalAchievement, format(r.score, { score: evaluation.goalAchievement })],
      [r.relationship, format(r.score, { score: evaluation.relationship })],
      [r.csvSupport, format(r.score, { score: evaluation.csvSupport })],
      [r.wouldRenew, evaluation.wouldRenew ? r.yes : r.no],
      [r.results, evaluation.results],
      [r.lessons, evaluation.lessons],
    ]);
  }
  writeStandardsSection(pdf, r);
  return pdf.finish();
}
