import { DAY_MS } from "@/lib/dates/rome-calendar";
/**
 * The geometry of an indicator's chart (actual against target), as plain numbers: the
 * server renders it as SVG without any chart library. Kept pure so it can be tested.
 */

export type ChartPoint = { date: Date; value: number };

export type ChartBox = { width: number; height: number; padding: { top: number; right: number; bottom: number; left: number } };

export type ChartGeometry = {
  /** Each measurement, placed. */
  points: { x: number; y: number; value: number; date: Date }[];
  /** y of the baseline and of the target (null without a target). */
  baselineY: number;
  targetY: number | null;
  /** Value ticks for the y axis, from bottom to top, and the first and last dates for the x axis. */
  yTicks: { y: number; value: number }[];
  xTicks: { x: number; date: Date }[];
  plot: { left: number; right: number; top: number; bottom: number };
};

export const DEFAULT_BOX: ChartBox = { width: 440, height: 240, padding: { top: 14, right: 16, bottom: 34, left: 58 } };

/** A "nice" step (1, 2 or 5 times a power of ten) so that about `count` ticks cover `span`. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || count < 1) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * The value range shown: it always includes the baseline, the target and every
 * measurement, widened to whole steps so the ticks are round numbers.
 */
export function valueRange(values: number[], ticks = 4): { min: number; max: number; step: number } {
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (min === max) {
    // A flat line: give it room around its value.
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    min -= pad;
    max += pad;
  }
  const step = niceStep(max - min, ticks);
  return { min: Math.floor(min / step) * step, max: Math.ceil(max / step) * step, step };
}

export function chartGeometry(
  measurements: ChartPoint[],
  baseline: number,
  target: number | null,
  box: ChartBox = DEFAULT_BOX,
): ChartGeometry {
  const sorted = [...measurements].sort((a, b) => a.date.getTime() - b.date.getTime());
  const plot = {
    left: box.padding.left,
    right: box.width - box.padding.right,
    top: box.padding.top,
    bottom: box.height - box.padding.bottom,
  };
  const range = valueRange([baseline, ...(target === null ? [] : [target]), ...sorted.map((point) => point.value)]);
  const yOf = (value: number) => plot.bottom - ((value - range.min) / (range.max - range.min)) * (plot.bottom - plot.top);

  const first = sorted[0]?.date.getTime() ?? 0;
  const last = sorted[sorted.length - 1]?.date.getTime() ?? first;
  // One measurement (or all on one day): put it in the middle rather than divide by zero.
  const spanMs = last - first;
  const xOf = (date: Date) =>
    spanMs < DAY_MS ? (plot.left + plot.right) / 2 : plot.left + ((date.getTime() - first) / spanMs) * (plot.right - plot.left);

  const yTicks: ChartGeometry["yTicks"] = [];
  for (let value = range.min; value <= range.max + range.step / 2; value += range.step) {
    const rounded = Number(value.toFixed(6));
    yTicks.push({ y: yOf(rounded), value: rounded });
  }
  const xTicks: ChartGeometry["xTicks"] = [];
  const [firstPoint] = sorted;
  const lastPoint = sorted[sorted.length - 1];
  if (firstPoint) xTicks.push({ x: xOf(firstPoint.date), date: firstPoint.date });
  if (lastPoint && lastPoint !== firstPoint && spanMs >= DAY_MS) xTicks.push({ x: xOf(lastPoint.date), date: lastPoint.date });

  return {
    points: sorted.map((point) => ({ x: xOf(point.date), y: yOf(point.value), value: point.value, date: point.date })),
    baselineY: yOf(baseline),
    targetY: target === null ? null : yOf(target),
    yTicks,
    xTicks,
    plot,
  };
}
