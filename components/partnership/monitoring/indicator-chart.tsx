import { formatDate } from "@/components/ui/format-date";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import { chartGeometry, DEFAULT_BOX } from "@/lib/partnerships/monitoring/chart-geometry";
import type { IndicatorDto } from "@/lib/partnerships/monitoring/get-monitoring";
import { formatDecimal } from "@/lib/money/format-amount";

type Props = { indicator: IndicatorDto; t: Messages["monitoring"]; locale: Locale };

const asDate = (iso: string) => new Date(`${iso}T12:00:00Z`);

/**
 * Actual against target, drawn on the server as plain SVG: the line of measurements over
 * time, the target as a dashed line and the baseline as a dotted one. Screen readers get a
 * one-sentence summary (role="img" + aria-label) and, for every value, the table below it.
 */
export function IndicatorChart({ indicator, t, locale }: Props) {
  const geometry = chartGeometry(
    indicator.measurements.map((measurement) => ({ date: asDate(measurement.measuredOn), value: measurement.value })),
    indicator.baseline,
    indicator.target,
  );
  const n = (value: number) => formatDecimal(value, locale);
  const first = indicator.measurements[0];
  const last = indicator.measurements[indicator.measurements.length - 1];
  const target = indicator.target === null ? t.noTarget : n(indicator.target);
  const summary =
    first && last
      ? format(t.chartSummary, {
          count: indicator.measurements.length,
          from: formatDate(asDate(first.measuredOn), locale),
          to: formatDate(asDate(last.measuredOn), locale),
          latest: n(last.value),
          unit: indicator.unit,
          baseline: n(indicator.baseline),
          target,
        })
      : format(t.chartSummaryEmpty, { baseline: n(indicator.baseline), target, unit: indicator.unit });
  const { plot } = geometry;
  const line = geometry.points.map((point, index) => `${index === 0 ? "M" : "L"}${point.x.toFixed(1)},${point.y.toFixed(1)}`).join(" ");

  return (
    <figure className="mt-4">
      <svg
        viewBox={`0 0 ${DEFAULT_BOX.width} ${DEFAULT_BOX.height}`}
        role="img"
        aria-label={format(t.chartLabel, { name: indicator.name, summary })}
        className="h-auto w-full max-w-xl rounded-md border border-line bg-white"
      >
        {geometry.yTicks.map((tick) => (
          <g key={tick.value}>
            <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} className="stroke-line" strokeWidth={1} />
            <text x={plot.left - 8} y={tick.y} textAnchor="end" dominantBaseline="middle" className="fill-muted text-[14px]">
              {n(tick.value)}
            </text>
          </g>
        ))}
        <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} className="stroke-muted" strokeWidth={1} />
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} className="stroke-muted" strokeWidth={1} />
        {geometry.xTicks.map((tick, index) => (
          <text
            key={tick.date.toISOString()}
            x={tick.x}
            y={plot.bottom + 24}
            textAnchor={geometry.xTicks.length === 1 ? "middle" : index === 0 ? "start" : "end"}
            className="fill-muted text-[14px]"
          >
            {formatDate(tick.date, locale)}
          </text>
        ))}
        <line x1={plot.left} x2={plot.right} y1={geometry.baselineY} y2={geometry.baselineY} className="stroke-muted" strokeWidth={2} strokeDasharray="2 4" />
        {geometry.targetY !== null ? (
          <line x1={plot.left} x2={plot.right} y1={geometry.targetY} y2={geometry.targetY} className="stroke-success" strokeWidth={2} strokeDasharray="8 6" />
        ) : null}
        {line ? <path d={line} fill="none" className="stroke-primary" strokeWidth={3} strokeLinejoin="round" /> : null}
        {geometry.points.map((point) => (
          <circle key={`${point.date.toISOString()}-${point.value}-${point.x}`} cx={point.x} cy={point.y} r={5} className="fill-primary stroke-white" strokeWidth={2} />
        ))}
      </svg>
      <figcaption className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm text-muted" aria-hidden="true">
        <span className="inline-flex items-center gap-2">
          <svg width="24" height="10" aria-hidden="true"><line x1="0" x2="24" y1="5" y2="5" className="stroke-primary" strokeWidth={3} /></svg>
          {t.legendActual}
        </span>
        {indicator.target !== null ? (
          <span className="inline-flex items-center gap-2">
            <svg width="24" height="10" aria-hidden="true"><line x1="0" x2="24" y1="5" y2="5" className="stroke-success" strokeWidth={2} strokeDasharray="8 6" /></svg>
            {t.legendTarget} ({n(indicator.target)})
          </span>
        ) : null}
        <span className="inline-flex items-center gap-2">
          <svg width="24" height="10" aria-hidden="true"><line x1="0" x2="24" y1="5" y2="5" className="stroke-muted" strokeWidth={2} strokeDasharray="2 4" /></svg>
          {t.legendBaseline} ({n(indicator.baseline)})
        </span>
      </figcaption>
      {indicator.measurements.length > 0 ? (
        <details className="mt-3">
          <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-primary">{t.showData}</summary>
          <table className="mt-2 w-full max-w-2xl border-collapse text-left">
            <caption className="sr-only">{format(t.dataCaption, { name: indicator.name })}</caption>
            <thead>
              <tr className="border-b-2 border-line">
                <th scope="col" className="py-2 pr-4">{t.date}</th>
                <th scope="col" className="py-2 pr-4 text-right">{format(t.value, { unit: indicator.unit })}</th>
                <th scope="col" className="py-2 pr-4">{t.note}</th>
                <th scope="col" className="py-2">{t.recordedBy}</th>
              </tr>
            </thead>
            <tbody>
              {indicator.measurements.map((measurement) => (
                <tr key={measurement.id} className="border-b border-line">
                  <td className="py-2 pr-4">{formatDate(asDate(measurement.measuredOn), locale)}</td>
                  <td className="py-2 pr-4 text-right tabular-nums">{n(measurement.value)}</td>
                  <td className="py-2 pr-4">{measurement.note ?? "—"}</td>
                  <td className="py-2">{measurement.recordedByName ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </figure>
  );
}
