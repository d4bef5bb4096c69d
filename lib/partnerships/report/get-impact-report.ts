import { dateToDay } from "@/lib/dates/rome-calendar";
import type { Database } from "@/lib/db/client";
import type { CommunicationChannel, ContributionKind, IndicatorDirection, PartnershipPhase, PartySide } from "@/lib/generated/prisma/enums";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import type { PartnershipAccess, PartnershipViewer } from "../access/partnership-viewer";
import { decimalStringToHundredths } from "@/lib/money/decimal-string";
import { isTargetReached, progressTowardTarget } from "../monitoring/progress-toward-target";
import { sumDeliveredContributions } from "../programme/sum-delivered-contributions";
import { getVolunteerHourValueCents, valueOfHoursCents } from "@/lib/programme-settings/volunteer-hour-value";

export type ReportIndicator = {
  name: string;
  unit: string;
  baseline: number;
  target: number | null;
  direction: IndicatorDirection;
  latest: { value: number; measuredOn: string } | null;
  progressPercent: number | null;
  /** The latest value reached the target in the indicator's direction (isTargetReached). */
  targetReached: boolean;
  measurements: { value: number; measuredOn: string }[];
};

/** Per side. `hoursValueCents` is the volunteer hours at the programme's hourly value: an estimate, kept apart from money and goods. */
export type DeliveredTotals = { moneyCents: number; otherValueCents: number; hours: number; hoursValueCents: number; goods: number; others: number };

export type ImpactReport = {
  access: PartnershipAccess;
  partnership: {
    id: string;
    title: string;
    commonGoal: string;
    phase: PartnershipPhase;
    company: { name: string; comune: string };
    nonprofit: { name: string; comune: string };
  };
  /** The agreement's dates when there is one, otherwise from the partnership's start (and end). */
  duration: { start: string; end: string | null };
  /** The value of one volunteer hour (programme setting) this report was made with. */
  volunteerHourValueCents: number;
  agreement: { revision: number; signedByBoth: boolean } | null;
  indicators: ReportIndicator[];
  delivered: { lines: { side: PartySide; kind: ContributionKind; description: string; deliveredOn: string; hours: number | null; valueCents: number | null }[]; totals: Record<PartySide, DeliveredTotals> };
  planned: { lines: { side: PartySide; kind: ContributionKind; description: string; valueCents: number | null }[]; totals: Record<PartySide, { valueCents: number; items: number }> };
  communication: { channel: CommunicationChannel; title: string; plannedOn: string; link: string | null }[];
  story: { text: string; approvedByBoth: boolean } | null;
  evaluations: { side: PartySide; goalAchievement: number; relationship: number; csvSupport: number; wouldRenew: boolean; results: string; lessons: string }[];
};

/**
 * The impact report of one partnership, for both partners and staff, in every phase (an
 * early partnership simply has a shorter report). Only what the parties may share: no
 * staff notes, no messages, no check-ins.
 */
export async function getImpactReport(db: Database, viewer: PartnershipViewer, input: { partnershipId: string }): Promise<ImpactReport> {
  const access = await requirePartnershipAccess(db, viewer, input.partnershipId);
  const row = await db.partnership.findUniqueOrThrow({
    where: { id: access.partnershipId },
    select: {
      id: true,
      title: true,
      commonGoal: true,
      phase: true,
      startedAt: true,
      endedAt: true,
      publicStory: true,
      storyApprovedByCompanyAt: true,
      storyApprovedByNonprofitAt: true,
      company: { select: { name: true, comune: true } },
      nonprofit: { select: { name: true, comune: true } },
      agreement: { select: { revision: true, startsOn: true, endsOn: true, acceptances: { where: { cancelledAt: null }, select: { side: true, revision: true } } } },
      indicators: {
        orderBy: { createdAt: "asc" },
        select: { name: true, unit: true, baseline: true, target: true, direction: true, measurements: { orderBy: [{ measuredOn: "asc" }, { createdAt: "asc" }], select: { value: true, measuredOn: true } } },
      },
      deliveredContributions: { orderBy: [{ deliveredOn: "asc" }, { createdAt: "asc" }], select: { side: true, kind: true, description: true, deliveredOn: true, hours: true, valueCents: true } },
      plannedContributions: { orderBy: { createdAt: "asc" }, select: { side: true, kind: true, description: true, valueCents: true } },
      communicationItems: { where: { status: "PUBLISHED" }, orderBy: { plannedOn: "asc" }, select: { channel: true, title: true, plannedOn: true, link: true } },
      finalEvaluations: { orderBy: { side: "asc" }, select: { side: true, goalAchievement: true, relationship: true, csvSupport: true, wouldRenew: true, results: true, lessons: true } },
    },
  });

  const volunteerHourValueCents = await getVolunteerHourValueCents(db);
  const agreement = row.agreement;
  const current = agreement?.acceptances.filter((acceptance) => acceptance.revision === agreement.revision) ?? [];

  const deliveredLines = row.deliveredContributions.map((line) => ({
    side: line.side,
    kind: line.kind,
    description: line.description,
    deliveredOn: dateToDay(line.deliveredOn),
    hours: line.hours === null ? null : Number(line.hours.toString()),
    valueCents: line.valueCents,
  }));
  // The same totals as the programme tab (money, volunteer hours, other deliveries and their declared value), with goods counted apart.
  const sums = sumDeliveredContributions(
    row.deliveredContributions.map((line) => ({ side: line.side, kind: line.kind, valueCents: line.valueCents, hoursHundredths: line.hours === null ? null : decimalStringToHundredths(line.hours.toString()) })),
  );
  const deliveredTotals = Object.fromEntries(
    (["COMPANY", "NONPROFIT"] as const).map((side) => {
      const sum = sums[side];
      const goods = deliveredLines.filter((line) => line.side === side && line.kind === "GOODS").length;
      const hours = sum.hoursHundredths / 100;
      return [side, { moneyCents: sum.moneyCents, otherValueCents: sum.otherValueCents, hours, hoursValueCents: valueOfHoursCents(hours, volunteerHourValueCents), goods, others: sum.otherDeliveries - goods }];
    }),
  ) as Record<PartySide, DeliveredTotals>;

  const plannedTotals: Record<PartySide, { valueCents: number; items: number }> = { COMPANY: { valueCents: 0, items: 0 }, NONPROFIT: { valueCents: 0, items: 0 } };
  for (const line of row.plannedContributions) {
    plannedTotals[line.side].valueCents += line.valueCents ?? 0;
    plannedTotals[line.side].items += 1;
  }

  return {
    access,
    partnership: { id: row.id, title: row.title, commonGoal: row.commonGoal, phase: row.phase, company: row.company, nonprofit: row.nonprofit },
    volunteerHourValueCents,
    duration: agreement
      ? { start: dateToDay(agreement.startsOn), end: dateToDay(agreement.endsOn) }
      : { start: dateToDay(row.startedAt), end: row.endedAt ? dateToDay(row.endedAt) : null },
    agreement: agreement
      ? { revision: agreement.revision, signedByBoth: current.some((entry) => entry.side === "COMPANY") && current.some((entry) => entry.side === "NONPROFIT") }
      : null,
    indicators: row.indicators.map((indicator) => {
      const measurements = indicator.measurements.map((entry) => ({ value: Number(entry.value.toString()), measuredOn: dateToDay(entry.measuredOn) }));
      const latest = measurements.at(-1) ?? null;
      const baseline = Number(indicator.baseline.toString());
      const target = indicator.target === null ? null : Number(indicator.target.toString());
      return {
        name: indicator.name,
        unit: indicator.unit,
        baseline,
        target,
        direction: indicator.direction,
        latest,
        progressPercent: progressTowardTarget({ baseline, target, latest: latest?.value ?? null, direction: indicator.direction }),
        targetReached: isTargetReached({ target, latest: latest?.value ?? null, direction: indicator.direction }),
        measurements,
      };
    }),
    delivered: { lines: deliveredLines, totals: deliveredTotals },
    planned: { lines: row.plannedContributions, totals: plannedTotals },
    communication: row.communicationItems.map((item) => ({ channel: item.channel, title: item.title, plannedOn: dateToDay(item.plannedOn), link: item.link })),
    story: row.publicStory ? { text: row.publicStory, approvedByBoth: row.storyApprovedByCompanyAt !== null && row.storyApprovedByNonprofitAt !== null } : null,
    evaluations: row.finalEvaluations,
  };
}
