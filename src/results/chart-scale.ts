/**
 * The value axis of a chart: from 0 to a rounded ("nice") maximum at or above the largest value,
 * with evenly spaced ticks at steps of 1, 2 or 5 times a power of ten. Bars are drawn as
 * value / max of this scale, so every bar of a chart is measured against the same axis.
 *
 * The web interface draws its charts with the same function in web/js/chart-scale.js; the spec
 * beside this file checks that both give the same scale.
 */
export interface ChartScale {
  max: number;
  step: number;
  ticks: number[];
}

/** About this many intervals between ticks: enough to read a bar off the axis, few enough to label. */
const TARGET_INTERVALS = 5;

/**
 * The scale for values up to `largest`. Counts are whole numbers, so a step is never below 1; a
 * chart with nothing in it still gets an axis from 0 to 1.
 */
export function chartScale(largest: number): ChartScale {
  const top = Math.max(0, largest);
  if (top === 0) return { max: 1, step: 1, ticks: [0, 1] };
  const rough = top / TARGET_INTERVALS;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough - 1e-9) ?? 10 * power);
  const intervals = Math.ceil(top / step - 1e-9);
  const ticks = Array.from({ length: intervals + 1 }, (_, i) => i * step);
  return { max: ticks[ticks.length - 1], step, ticks };
}

/** Where a value lies on the scale, 0–100 %. */
export function percentOfScale(value: number, scale: ChartScale): number {
  return (Math.max(0, value) / scale.max) * 100;
}
