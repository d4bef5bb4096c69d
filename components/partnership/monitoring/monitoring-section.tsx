import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { db } from "@/lib/db";
import { format } from "@/lib/i18n/define-section";
import { getMonitoring, type IndicatorDto } from "@/lib/partnerships/monitoring/get-monitoring";
import { isTargetReached } from "@/lib/partnerships/monitoring/progress-toward-target";
import type { SectionProps } from "../section-props";
import { CheckInAnswers } from "./check-in-answers";
import { FinalEvaluations } from "./final-evaluations";
import { formatDecimal } from "@/lib/money/format-amount";
import { IndicatorChart } from "./indicator-chart";
import { IndicatorForm } from "./indicator-form";
import { MeasurementForm } from "./measurement-form";

/** The monitoring tab: indicators with their chart, the check-in answers (staff) and the final evaluations. */
export async function MonitoringSection({ access, locale, t }: SectionProps) {
  const view = await getMonitoring(db, access.viewer, access.partnershipId);
  const m = t.monitoring;
  const catalogues = [m.errors, t.partnership.formErrors, t.forms];
  return (
    <>
      <section aria-labelledby="indicators-title" className="space-y-5">
        <div>
          <h2 id="indicators-title" className="text-2xl font-bold">{m.indicatorsTitle}</h2>
          <p className="mt-1 max-w-3xl text-muted">{m.indicatorsLead}</p>
        </div>
        {access.closed ? <Notice>{m.closedNote}</Notice> : null}
        {!access.closed && !view.canEditIndicators ? <Notice>{m.indicatorsTooEarly}</Notice> : null}
        {view.indicators.length === 0 && view.canEditIndicators ? <EmptyState>{m.indicatorsEmpty}</EmptyState> : null}
        {view.indicators.map((indicator) => (
          <IndicatorCard key={indicator.id} indicator={indicator} canEdit={view.canEditIndicators} partnershipId={access.partnershipId} locale={locale} t={t} />
        ))}
        {view.canEditIndicators ? (
          <details className="rounded-lg border border-line p-4" open={view.indicators.length === 0}>
            <summary className="inline-flex min-h-11 cursor-pointer items-center text-lg font-semibold text-primary">{m.newIndicator}</summary>
            <div className="mt-3">
              <IndicatorForm t={m} catalogues={catalogues} saving={t.partnership.saving} partnershipId={access.partnershipId} />
            </div>
          </details>
        ) : null}
      </section>
      {view.checkIns ? <CheckInAnswers checkIns={view.checkIns} t={t} locale={locale} /> : null}
      <FinalEvaluations evaluations={view.finalEvaluations} access={access} t={t} locale={locale} />
    </>
  );
}

function IndicatorCard({ indicator, canEdit, partnershipId, locale, t }: { indicator: IndicatorDto; canEdit: boolean; partnershipId: string } & Pick<SectionProps, "locale" | "t">) {
  const m = t.monitoring;
  const catalogues = [m.errors, t.partnership.formErrors, t.forms];
  const n = (value: number) => `${formatDecimal(value, locale)} ${indicator.unit}`;
  const reached = isTargetReached(indicator);
  return (
    <article aria-labelledby={`indicator-${indicator.id}`} className="rounded-lg border border-line p-4 sm:p-6">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={`indicator-${indicator.id}`} className="text-xl font-bold">{indicator.name}</h3>
        {reached ? <Badge tone="success">{m.targetReached}</Badge> : null}
      </div>
      <dl className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-3">
        <div>
          <dt className="text-sm text-muted">{m.baselineValue}</dt>
          <dd className="font-semibold">{n(indicator.baseline)}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted">{m.targetValue} ({m.directions[indicator.direction]})</dt>
          <dd className="font-semibold">{indicator.target === null ? m.noTarget : n(indicator.target)}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted">{m.latestValue}</dt>
          <dd className="font-semibold">{indicator.latest === null ? m.noMeasurement : n(indicator.latest)}</dd>
        </div>
      </dl>
      {indicator.progress !== null ? (
        <div className="mt-4 max-w-2xl">
          <p className="font-semibold">{format(m.progress, { percent: indicator.progress })}</p>
          <div className="mt-1 h-3 w-full overflow-hidden rounded-full bg-surface ring-1 ring-line" aria-hidden="true">
            <div className="h-full rounded-full bg-primary" style={{ width: `${Math.min(100, Math.max(0, indicator.progress))}%` }} />
          </div>
        </div>
      ) : (
        <p className="mt-4 text-muted">{m.progressUnknown}</p>
      )}
      {indicator.measurements.length === 0 ? <p className="mt-4 text-muted">{m.measurementsEmpty}</p> : null}
      <IndicatorChart indicator={indicator} t={m} locale={locale} />
      {canEdit ? (
        <div className="mt-4 space-y-3">
          <details className="rounded-md bg-surface p-4">
            <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-primary">
              {m.recordMeasurement}<span className="sr-only">: {indicator.name}</span>
            </summary>
            <div className="mt-3">
              <MeasurementForm t={m} catalogues={catalogues} saving={t.partnership.saving} optional={t.partnership.optional} partnershipId={partnershipId} indicatorId={indicator.id} unit={indicator.unit} />
            </div>
          </details>
          <details className="rounded-md bg-surface p-4">
            <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-primary">
              {m.editIndicator}<span className="sr-only">: {indicator.name}</span>
            </summary>
            <div className="mt-3">
              <IndicatorForm
                t={m}
                catalogues={catalogues}
                saving={t.partnership.saving}
                partnershipId={partnershipId}
                indicator={{
                  id: indicator.id,
                  name: indicator.name,
                  unit: indicator.unit,
                  baseline: String(indicator.baseline),
                  target: indicator.target === null ? "" : String(indicator.target),
                  direction: indicator.direction,
                }}
              />
            </div>
          </details>
        </div>
      ) : null}
    </article>
  );
}
