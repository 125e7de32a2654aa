// @ts-check

/**
 * The value axis of a chart: from 0 to a rounded ("nice") maximum at or above the largest value,
 * with evenly spaced ticks at steps of 1, 2 or 5 times a power of ten. The annual report draws its
 * chart with the same rule (src/results/chart-scale.ts); src/results/chart-scale.spec.ts checks
 * that both give the same scale.
 * @typedef {{ max: number, step: number, ticks: number[] }} ChartScale
 */

/** About this many intervals between ticks: enough to read a bar off the axis, few enough to label. */
const TARGET_INTERVALS = 5;

/**
 * The scale for values up to `largest`. Counts are whole numbers, so a step is never below 1; a
 * chart with nothing in it still gets an axis from 0 to 1.
 * @param {number} largest
 * @returns {ChartScale}
 */
export function chartScale(largest) {
  const top = Math.max(0, largest);
  if (top === 0) return { max: 1, step: 1, ticks: [0, 1] };
  const rough = top / TARGET_INTERVALS;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough - 1e-9) ?? 10 * power);
  const intervals = Math.ceil(top / step - 1e-9);
  const ticks = Array.from({ length: intervals + 1 }, (_, i) => i * step);
  return { max: ticks[ticks.length - 1], step, ticks };
}

/**
 * Where a value lies on the scale, 0–100 %.
 * @param {number} value
 * @param {ChartScale} scale
 */
export function percentOfScale(value, scale) {
  return (Math.max(0, value) / scale.max) * 100;
}
