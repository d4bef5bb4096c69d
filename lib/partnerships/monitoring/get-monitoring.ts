import { dateToDay } from "@/lib/dates/rome-calendar";
import type { Database } from "@/lib/db/client";
import type { IndicatorDirection, PartnershipPhase, PartySide } from "@/lib/generated/prisma/enums";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import { progressTowardTarget } from "./progress-toward-target";
import { canDefineIndicators, canSubmitFinalEvaluation, showsFinalEvaluations } from "./monitoring-rules";

// Plain numbers and strings only: Prisma's Decimal objects cannot cross to client components.

export type MeasurementDto = { id: string; value: number; measuredOn: string; note: string | null; recordedByName: string | null };

export type IndicatorDto = {
  id: string;
  name: string;
  unit: string;
  baseline: number;
  target: number | null;
  direction: IndicatorDirection;
  /** Oldest first. */
  measurements: MeasurementDto[];
  latest: number | null;
  /** % of the way from baseline to target (null without a target or a measurement). */
  progress: number | null;
};

export type CheckInAnswerDto = {
  id: string;
  phase: PartnershipPhase;
  side: PartySide;
  requestedAt: Date;
  rating: number | null;
  comment: string | null;
  answeredAt: Date | null;
  answeredByName: string | null;
  /** A silence, told apart: dismissed with a reason, superseded by a later phase, or still open. */
  dismissedAt: Date | null;
  dismissReason: string | null;
  dismissedByName: string | null;
  supersededAt: Date | null;
};

export type FinalEvaluationDto = {
  side: PartySide;
  goalAchievement: number;
  relationship: number;
  csvSupport: number;
  wouldRenew: boolean;
  results: string;
  lessons: string;
  submittedAt: Date;
  submittedByName: string | null;
};

export type MonitoringView = {
  phase: PartnershipPhase;
  canEditIndicators: boolean;
  indicators: IndicatorDto[];
  /** Staff only: every check-in of both sides, newest first; null for partners. */
  checkIns: CheckInAnswerDto[] | null;
  finalEvaluations: {
    shown: boolean;
    canSubmit: boolean;
    /** Which sides have submitted (known to everyone; the contents are not). */
    submittedSides: PartySide[];
    /** The evaluations this viewer may read. */
    visible: FinalEvaluationDto[];
  };
};

const toNumber = (value: { toString(): string }) => Number(value.toString());

/**
 * The monitoring tab: indicators with their measurements and progress, the check-in
 * answers (staff only) and the final evaluations each viewer may read: staff both, a
 * side its own, and the other side's only once both have submitted.
 */
export async function getMonitoring(db: Database, viewer: PartnershipViewer, partnershipId: string): Promise<MonitoringView> {
  const access = await requirePartnershipAccess(db, viewer, partnershipId);
  const indicators = await db.indicator.findMany({
    where: { partnershipId: access.partnershipId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      unit: true,
      baseline: true,
      target: true,
      direction: true,
      measurements: {
        orderBy: [{ measuredOn: "asc" }, { createdAt: "asc" }],
        select: { id: true, value: true, measuredOn: true, note: true, recordedBy: { select: { name: true } } },
      },
    },
  });
  const checkIns = access.isStaff
    ? await db.checkIn.findMany({
        where: { partnershipId: access.partnershipId },
        orderBy: [{ requestedAt: "desc" }, { side: "asc" }],
        select: {
          id: true,
          phase: true,
          side: true,
          requestedAt: true,
          rating: true,
          comment: true,
          answeredAt: true,
          answeredBy: { select: { name: true } },
          dismissedAt: true,
          dismissReason: true,
          dismissedBy: { select: { name: true } },
          supersededAt: true,
        },
      })
    : null;
  const evaluations = await db.finalEvaluation.findMany({
    where: { partnershipId: access.partnershipId },
    orderBy: { side: "asc" },
    select: {
      side: true,
      goalAchievement: true,
      relationship: true,
      csvSupport: true,
      wouldRenew: true,
      results: true,
      lessons: true,
      submittedAt: true,
      submittedBy: { select: { name: true } },
    },
  });
  const submittedSides = evaluations.map((evaluation) => evaluation.side);
  const bothSubmitted = submittedSides.includes("COMPANY") && submittedSides.includes("NONPROFIT");

  return {
    phase: access.phase,
    canEditIndicators: canDefineIndicators(access),
    indicators: indicators.map((indicator) => {
      const measurements = indicator.measurements.map((measurement) => ({
        id: measurement.id,
        value: toNumber(measurement.value),
        measuredOn: dateToDay(measurement.measuredOn),
        note: measurement.note,
        recordedByName: measurement.recordedBy?.name ?? null,
      }));
      const baseline = toNumber(indicator.baseline);
      const target = indicator.target === null ? null : toNumber(indicator.target);
      const latest = measurements[measurements.length - 1]?.value ?? null;
      return {
        id: indicator.id,
        name: indicator.name,
        unit: indicator.unit,
        baseline,
        target,
        direction: indicator.direction,
        measurements,
        latest,
        progress: progressTowardTarget({ baseline, target, direction: indicator.direction, latest }),
      };
    }),
    checkIns:
      checkIns?.map(({ answeredBy, dismissedBy, ...checkIn }) => ({ ...checkIn, answeredByName: answeredBy?.name ?? null, dismissedByName: dismissedBy?.name ?? null })) ??
      null,
    finalEvaluations: {
      shown: showsFinalEvaluations(access.phase),
      canSubmit: canSubmitFinalEvaluation(access),
      submittedSides,
      visible: evaluations
        .filter((evaluation) => access.isStaff || evaluation.side === access.side || bothSubmitted)
        .map(({ submittedBy, ...evaluation }) => ({ ...evaluation, submittedByName: submittedBy?.name ?? null })),
    },
  };
}
