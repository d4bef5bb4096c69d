import { dayToDate } from "@/lib/dates/rome-calendar";
import type { Database } from "@/lib/db/client";
import type { PartnershipPhase } from "@/lib/generated/prisma/enums";
import { decimalStringToHundredths } from "@/lib/money/decimal-string";
import { assertStaff, type StaffActor } from "@/lib/organizations/assert-staff";
import { getVolunteerHourValueCents, valueOfHoursCents } from "@/lib/programme-settings/volunteer-hour-value";
import { isTargetReached } from "../monitoring/progress-toward-target";
import { sumDeliveredContributions } from "../programme/sum-delivered-contributions";
import type { ProgrammeReportInput } from "./programme-report-schema";

/** One partnership's figures for the year, both sides together. */
export type ProgrammeFigures = {
  moneyCents: number;
  otherValueCents: number;
  hours: number;
  /** The hours at the programme's hourly value: an estimate, apart from money and goods. */
  hoursValueCents: number;
  /** Deliveries that are neither money nor hours (goods, skills, spaces, services...). */
  otherDeliveries: number;
  indicators: number;
  indicatorsWithTarget: number;
  indicatorsReached: number;
};

export type ProgrammeReport = {
  year: number;
  volunteerHourValueCents: number;
  partnerships: Array<{ id: string; title: string; company: string; nonprofit: string; phase: PartnershipPhase; figures: ProgrammeFigures }>;
  totals: ProgrammeFigures;
};

const zero = (): ProgrammeFigures => ({ moneyCents: 0, otherValueCents: 0, hours: 0, hoursValueCents: 0, otherDeliveries: 0, indicators: 0, indicatorsWithTarget: 0, indicatorsReached: 0 });

/**
 * The programme's report for a calendar year, for CSV staff only: every partnership that
 * was running at some point of the year (started before its end, not ended before its
 * start), with what was delivered during the year and the indicators' state at its end.
 */
export async function getProgrammeReport(db: Database, actor: StaffActor, input: ProgrammeReportInput): Promise<ProgrammeReport> {
  assertStaff(actor);
  const from = dayToDate(`${input.year}-01-01`);
  const to = dayToDate(`${input.year + 1}-01-01`);
  const [volunteerHourValueCents, rows] = await Promise.all([
    getVolunteerHourValueCents(db),
    db.partnership.findMany({
      where: { startedAt: { lt: to }, OR: [{ endedAt: null }, { endedAt: { gte: from } }] },
      orderBy: [{ startedAt: "asc" }, { title: "asc" }],
      select: {
        id: true,
        title: true,
        phase: true,
        company: { select: { name: true } },
        nonprofit: { select: { name: true } },
        deliveredContributions: { where: { deliveredOn: { gte: from, lt: to } }, select: { side: true, kind: true, hours: true, valueCents: true } },
        indicators: {
          select: { target: true, direction: true, measurements: { where: { measuredOn: { lt: to } }, orderBy: [{ measuredOn: "desc" }, { createdAt: "desc" }], take: 1, select: { value: true } } },
        },
      },
    }),
  ]);

  const totals = zero();
  const partnerships = rows.map((row) => {
    const sums = sumDeliveredContributions(
      row.deliveredContributions.map((line) => ({ side: line.side, kind: line.kind, valueCents: line.valueCents, hoursHundredths: line.hours === null ? null : decimalStringToHundredths(line.hours.toString()) })),
    );
    const hoursHundredths = sums.COMPANY.hoursHundredths + sums.NONPROFIT.hoursHundredths;
    const withTarget = row.indicators.filter((indicator) => indicator.target !== null);
    const figures: ProgrammeFigures = {
      moneyCents: sums.COMPANY.moneyCents + sums.NONPROFIT.moneyCents,
      otherValueCents: sums.COMPANY.otherValueCents + sums.NONPROFIT.otherValueCents,
      hours: hoursHundredths / 100,
      hoursValueCents: valueOfHoursCents(hoursHundredths / 100, volunteerHourValueCents),
      otherDeliveries: sums.COMPANY.otherDeliveries + sums.NONPROFIT.otherDeliveries,
      indicators: row.indicators.length,
      indicatorsWithTarget: withTarget.length,
      indicatorsReached: withTarget.filter((indicator) => {
        const latest = indicator.measurements[0];
        return isTargetReached({ target: Number(indicator.target?.toString()), latest: latest ? Number(latest.value.toString()) : null, direction: indicator.direction });
      }).length,
    };
    for (const key of Object.keys(totals) as Array<keyof ProgrammeFigures>) totals[key] += figures[key];
    return { id: row.id, title: row.title, company: row.company.name, nonprofit: row.nonprofit.name, phase: row.phase, figures };
  });
  // Summed hours can pick up binary noise (0.1 + 0.2): round to the hundredth they were kept in.
  totals.hours = Math.round(totals.hours * 100) / 100;
  return { year: input.year, volunteerHourValueCents, partnerships, totals };
}
