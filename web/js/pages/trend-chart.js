// @ts-check
import { chartScale, percentOfScale } from '../chart-scale.js';
import { h } from '../dom.js';
import { formatNumber, t } from '../i18n.js';

/**
 * The dashboard's trend: the five measures per quarter, as two line charts because they count
 * different things — procurements (measures 1–3) and placements (4 and 5). Each chart's value axis
 * runs from 0 on one scale; each series has its own colour, line style and marker shape, so it is
 * told apart without colour too. The drawing is aria-hidden; a visually hidden table beside it
 * holds every figure.
 * @param {{ quarters: { quarter: string, withClauses: number, withDialogue: number, withPlacements: number, offered: number, filled: number }[] }} trend
 */
export function trendCharts(trend) {
  const span = trend.quarters.length ? `${quarterName(trend.quarters[0].quarter)}–${quarterName(trend.quarters.at(-1).quarter)}` : '';
  return h('div', { class: 'trend' },
    lineChart(t('dashboard.trendProcurements', { span }), trend.quarters, [
      { key: 'withClauses', label: t('dashboard.m1'), className: 'series-1', marker: 'circle' },
      { key: 'withDialogue', label: t('dashboard.m2'), className: 'series-2', marker: 'square' },
      { key: 'withPlacements', label: t('dashboard.m3'), className: 'series-3', marker: 'diamond' },
    ], 'trend-procurements'),
    lineChart(t('dashboard.trendPlacements', { span }), trend.quarters, [
      { key: 'offered', label: t('dashboard.m4'), className: 'offered', marker: 'circle' },
      { key: 'filled', label: t('dashboard.m5'), className: 'filled', marker: 'square' },
    ], 'trend-placements'));
}

/** "2025-Q1" as the reader writes it: "2025 K1" in Swedish. @param {string} code */
function quarterName(code) {
  const [year, n] = code.split('-Q');
  return t('dashboard.quarter', { year, n });
}

const SVG = 'http://www.w3.org/2000/svg';
/** An SVG element; its geometry is attributes, so no style attribute (and no 'unsafe-inline') is needed. */
function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  el.append(...children.flat(Infinity));
  return el;
}

const [WIDTH, HEIGHT] = [800, 250];
const PLOT = { left: 44, right: 16, top: 12, bottom: 44 };

/**
 * @param {string} caption
 * @param {Record<string, any>[]} quarters
 * @param {{ key: string, label: string, className: string, marker: 'circle' | 'square' | 'diamond' }[]} series
 * @param {string} name
 */
function lineChart(caption, quarters, series, name) {
  const scale = chartScale(Math.max(0, ...quarters.flatMap((q) => series.map((s) => q[s.key]))));
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const bottom = HEIGHT - PLOT.bottom;
  const x = (i) => PLOT.left + (plotWidth * (i + 0.5)) / quarters.length;
  const y = (value) => bottom - ((bottom - PLOT.top) * percentOfScale(value, scale)) / 100;
  const axis = scale.ticks.map((tick) => [
    svg('line', { class: 'chart-gridline', x1: PLOT.left, x2: WIDTH - PLOT.right, y1: y(tick), y2: y(tick) }),
    svg('text', { class: 'chart-tick', x: PLOT.left - 6, y: y(tick) + 4, 'text-anchor': 'end' }, formatNumber(tick)),
  ]);
  const quarterLabels = quarters.map((q, i) => {
    const [year, n] = q.quarter.split('-Q');
    return [
      svg('text', { class: 'chart-tick', x: x(i), y: bottom + 16, 'text-anchor': 'middle' }, t('dashboard.quarterShort', { n })),
      i === 0 || n === '1' ? svg('text', { class: 'chart-tick', x: x(i), y: bottom + 32, 'text-anchor': 'middle' }, year) : [],
    ];
  });
  const lines = series.map((s) => svg('g', { class: `chart-series ${s.className}`, 'data-series': s.key },
    svg('polyline', { points: quarters.map((q, i) => `${x(i)},${y(q[s.key])}`).join(' ') }),
    quarters.map((q, i) => marker(s.marker, x(i), y(q[s.key]), q[s.key]))));
  return h('figure', { class: 'chart', dataset: { chart: name } },
    h('figcaption', { class: 'chart-caption' }, caption),
    h('p', { class: 'chart-legend', 'aria-hidden': 'true' }, series.map((s) => h('span', { class: 'chart-legend-item' },
      svg('svg', { class: `chart-series ${s.className}`, width: 28, height: 12, viewBox: '0 0 28 12' },
        svg('line', { x1: 0, x2: 28, y1: 6, y2: 6 }), marker(s.marker, 14, 6, null)),
      s.label))),
    // On a phone the drawing keeps a readable size and scrolls sideways, by keyboard too.
    h('div', { class: 'chart-scroll', role: 'region', 'aria-label': caption, tabindex: '0' },
      svg('svg', { class: 'chart-svg', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, 'aria-hidden': 'true', 'data-scale-max': scale.max, 'data-plot': `${PLOT.top} ${bottom}` },
        axis, svg('line', { class: 'chart-baseline', x1: PLOT.left, x2: WIDTH - PLOT.right, y1: bottom, y2: bottom }), quarterLabels, lines)),
    h('table', { class: 'visually-hidden' },
      h('caption', null, caption),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('dashboard.quarterColumn')), series.map((s) => h('th', { scope: 'col' }, s.label)))),
      h('tbody', null, quarters.map((q) => h('tr', null,
        h('th', { scope: 'row' }, quarterName(q.quarter)), series.map((s) => h('td', null, formatNumber(q[s.key]))))))));
}

/** A point of a series: circle, square or diamond, centred on (cx, cy). */
function marker(shape, cx, cy, value) {
  const data = value === null ? {} : { 'data-value': value, 'data-cy': cy };
  if (shape === 'circle') return svg('circle', { cx, cy, r: 4, ...data });
  if (shape === 'square') return svg('rect', { x: cx - 3.5, y: cy - 3.5, width: 7, height: 7, ...data });
  return svg('polygon', { points: `${cx},${cy - 5} ${cx + 5},${cy} ${cx},${cy + 5} ${cx - 5},${cy}`, ...data });
}
