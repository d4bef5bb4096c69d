import { dayInRome } from "@/lib/dates/rome-calendar";
import { format } from "@/lib/i18n/define-section";
import { getMessages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import { CAUSE_NAMES } from "@/lib/profiles/labels";
import { CONTRIBUTION_KINDS, type ContributionTotals, type Dashboard } from "./get-dashboard";
import { csvNumber, toCsv } from "@/lib/csv/to-csv";

export const CSV_HEADER = ["section", "metric", "label", "value"] as const;

/** The file name of the export, e.g. insieme-cruscotto-2026-11-25.csv (the day in Italy). */
export function dashboardCsvFileName(now: Date): string {
  return `insieme-cruscotto-${dayInRome(now)}.csv`;
}

/**
 * The dashboard as a CSV document, one figure per row: section and metric are stable
 * codes (for pivot tables and scripts), the label is in the reader's language. Numbers use
 * the decimal mark of the language, as spreadsheets set up in that language expect.
 */
export function dashboardCsv(dashboard: Dashboard, locale: Locale): string {
  const t = getMessages(locale);
  const d = t.dashboard;
  const number = (value: number) => csvNumber(value, locale);
  const rows: (string | number)[][] = [[...CSV_HEADER]];

  for (const { phase, count } of dashboard.phases) rows.push(["phases", "partnerships", t.phases[phase], count]);
  rows.push(["phases", "partnerships", d.csv.total, dashboard.totalPartnerships]);

  for (const entry of dashboard.averageDays) {
    rows.push(["averageDaysInPhase", "averageDays", t.phases[entry.phase], entry.averageDays === null ? "" : number(entry.averageDays)]);
    rows.push(["averageDaysInPhase", "partnerships", t.phases[entry.phase], entry.partnerships]);
  }

  for (const { code, partnerships } of dashboard.causes) rows.push(["causes", "partnerships", `${code}) ${CAUSE_NAMES[code][locale]}`, partnerships]);

  const contributions = (section: string, totals: ContributionTotals, withHours: boolean) => {
    rows.push([section, "count", d.csv.total, totals.count]);
    rows.push([section, "moneyEur", d.contributions.money, number(totals.moneyCents / 100)]);
    rows.push([section, "valueEur", d.contributions.value, number(totals.valueCents / 100)]);
    if (withHours) rows.push([section, "volunteerHours", d.contributions.hours, number(totals.hours)]);
    rows.push([section, "goods", d.contributions.goods, totals.goods]);
    for (const kind of CONTRIBUTION_KINDS) rows.push([section, "countByKind", d.contributionKinds[kind], totals.byKind[kind]]);
  };
  contributions("plannedContributions", dashboard.contributions.planned, false);
  contributions("deliveredContributions", dashboard.contributions.delivered, true);

  rows.push(["indicators", "total", d.indicators.total, dashboard.indicators.total]);
  rows.push(["indicators", "withTarget", d.indicators.withTarget, dashboard.indicators.withTarget]);
  rows.push(["indicators", "reached", d.indicators.reached, dashboard.indicators.reached]);

  for (const organization of dashboard.approvals) {
    rows.push([
      "waitingForApproval",
      organization.status,
      `${organization.name} (${t.organizationKinds[organization.kind]})`,
      organization.since ? dayInRome(organization.since) : "",
    ]);
  }

  for (const interest of dashboard.interests) {
    const waiting = interest.introduced ? d.interests.staff : interest.from.name;
    const awaiting = interest.awaiting.map((organization) => organization.name).join(", ");
    rows.push(["waitingForAnswer", "since", format(d.csv.waitsFor, { waiting, awaiting }), dayInRome(interest.since)]);
  }

  return toCsv(rows);
}
