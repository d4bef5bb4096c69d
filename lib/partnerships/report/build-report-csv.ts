import { getMessages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import type { PartySide } from "@/lib/generated/prisma/enums";
import { csvNumber, toCsv } from "@/lib/csv/to-csv";
import type { ImpactReport } from "./get-impact-report";

/**
 * The impact report's data as CSV, one row per data point, for a spreadsheet or the
 * sustainability-reporting tools of the parties. Columns:
 *
 *   section  what the row is, a stable code (not translated, so formulas and pivots survive a change of language):
 *            partnership  | a fact about the partnership (name: title, goal, phase, start, end, agreement,
 *                         volunteer_hour_value: the EUR value of one hour used for this report)
 *            indicator    | one indicator (an outcome): baseline, target, latest value and its date; then
 *                         rows for its progress (unit "%"), its change from the baseline and whether the target is met
 *            measurement  | one measurement of an indicator (name = the indicator)
 *            delivered    | one contribution given (name = kind: description; value in the unit)
 *            delivered_total | per side: money (EUR), other value (EUR), hours, the hours' value
 *                         (EUR, at the programme's hourly value: an estimate, never added to money), goods, other items
 *            planned      | one contribution planned in the negotiation (value in EUR, when estimated)
 *            communication| one published item (name = title, unit = channel, value = link)
 *            story        | the public story (value = approved by both: yes/no)
 *            evaluation   | one answer of a final evaluation (1–5 scores, would renew)
 *   name     the item (indicator name, contribution description, fact name...)
 *   side     the party in the reader's language, empty when the row concerns both
 *   unit     the indicator's unit, "EUR", hours, items
 *   baseline the indicator's starting value (indicator rows only)
 *   target   the indicator's target (indicator rows only)
 *   value    the value: numbers with the decimal comma in Italian (12,5), text otherwise
 *   date     YYYY-MM-DD
 */
export const REPORT_CSV_COLUMNS = ["section", "name", "side", "unit", "baseline", "target", "value", "date"] as const;

/** The header row in the reader's language: an Italian file has Italian headers. The order never changes. */
export function reportCsvHeader(locale: Locale): string[] {
  const header = getMessages(locale).report.document.csvHeader;
  return REPORT_CSV_COLUMNS.map((column) => header[column]);
}

export function buildReportCsv(report: ImpactReport, locale: Locale): string {
  const m = getMessages(locale);
  const r = m.report.document;
  const kinds = m.agreement.document.kinds;
  const sideName = (side: PartySide) => (side === "COMPANY" ? r.company : r.nonprofit);
  const number = (value: number | null) => csvNumber(value, locale);
  const euro = (cents: number) => number(cents / 100);
  type Row = [string, string, string, string, string, string, string, string];
  const rows: Row[] = [];
  const row = (section: string, name: string, fields: Partial<{ side: string; unit: string; baseline: string; target: string; value: string; date: string }> = {}) =>
    rows.push([section, name, fields.side ?? "", fields.unit ?? "", fields.baseline ?? "", fields.target ?? "", fields.value ?? "", fields.date ?? ""]);

  const { partnership } = report;
  row("partnership", "title", { value: partnership.title });
  row("partnership", "company", { side: r.company, value: partnership.company.name });
  row("partnership", "nonprofit", { side: r.nonprofit, value: partnership.nonprofit.name });
  row("partnership", "goal", { value: partnership.commonGoal });
  row("partnership", "phase", { value: m.phases[partnership.phase] });
  row("partnership", "start", { date: report.duration.start });
  if (report.duration.end) row("partnership", "end", { date: report.duration.end });
  row("partnership", "volunteer_hour_value", { unit: "EUR", value: euro(report.volunteerHourValueCents) });
  row("partnership", "agreement", {
    value: report.agreement ? (report.agreement.signedByBoth ? r.agreementSigned.replace("{revision}", String(report.agreement.revision)) : r.agreementNotSigned) : r.agreementNone,
  });

  for (const indicator of report.indicators) {
    row("indicator", indicator.name, {
      unit: indicator.unit,
      baseline: number(indicator.baseline),
      target: number(indicator.target),
      value: number(indicator.latest?.value ?? null),
      date: indicator.latest?.measuredOn ?? "",
    });
    if (indicator.progressPercent !== null) row("indicator", `${indicator.name} – ${r.progress}`, { unit: "%", value: number(indicator.progressPercent) });
    if (indicator.latest) row("indicator", `${indicator.name} – ${r.change}`, { unit: indicator.unit, value: number(indicator.latest.value - indicator.baseline) });
    if (indicator.target !== null) row("indicator", `${indicator.name} – ${r.targetReached}`, { value: indicator.targetReached ? r.yes : r.no });
    for (const measurement of indicator.measurements) row("measurement", indicator.name, { unit: indicator.unit, value: number(measurement.value), date: measurement.measuredOn });
  }

  for (const line of report.delivered.lines) {
    const isHours = line.hours !== null;
    row("delivered", `${kinds[line.kind]}: ${line.description}`, {
      side: sideName(line.side),
      unit: isHours ? r.hoursUnit : line.valueCents !== null ? "EUR" : "",
      value: isHours ? number(line.hours) : line.valueCents !== null ? euro(line.valueCents) : "",
      date: line.deliveredOn,
    });
  }
  for (const side of ["COMPANY", "NONPROFIT"] as const) {
    const totals = report.delivered.totals[side];
    row("delivered_total", r.money, { side: sideName(side), unit: "EUR", value: euro(totals.moneyCents) });
    row("delivered_total", r.otherValue, { side: sideName(side), unit: "EUR", value: euro(totals.otherValueCents) });
    row("delivered_total", r.hours, { side: sideName(side), unit: r.hoursUnit, value: number(totals.hours) });
    row("delivered_total", r.hoursValue, { side: sideName(side), unit: "EUR", value: euro(totals.hoursValueCents) });
    row("delivered_total", r.goods, { side: sideName(side), unit: r.itemsUnit, value: number(totals.goods) });
    row("delivered_total", r.others, { side: sideName(side), unit: r.itemsUnit, value: number(totals.others) });
  }
  for (const line of report.planned.lines) {
    row("planned", `${kinds[line.kind]}: ${line.description}`, { side: sideName(line.side), unit: line.valueCents !== null ? "EUR" : "", value: line.valueCents !== null ? euro(line.valueCents) : "" });
  }
  for (const item of report.communication) row("communication", item.title, { unit: m.report.channels[item.channel], value: item.link ?? "", date: item.plannedOn });
  if (report.story) row("story", r.storyHeading, { value: report.story.approvedByBoth ? r.yes : r.no });
  for (const evaluation of report.evaluations) {
    const side = sideName(evaluation.side);
    row("evaluation", r.goalAchievement, { side, unit: "1-5", value: number(evaluation.goalAchievement) });
    row("evaluation", r.relationship, { side, unit: "1-5", value: number(evaluation.relationship) });
    row("evaluation", r.csvSupport, { side, unit: "1-5", value: number(evaluation.csvSupport) });
    row("evaluation", r.wouldRenew, { side, value: evaluation.wouldRenew ? r.yes : r.no });
    row("evaluation", r.results, { side, value: evaluation.results });
    row("evaluation", r.lessons, { side, value: evaluation.lessons });
  }
  return toCsv([reportCsvHeader(locale), ...rows]);
}
