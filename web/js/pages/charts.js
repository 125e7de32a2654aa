// @ts-check
import { chartScale, percentOfScale } from '../chart-scale.js';
import { h } from '../dom.js';
import { formatNumber, t } from '../i18n.js';

/** The two series every bar chart shows side by side, in the order they are drawn. */
const SERIES = /** @type {const} */ (['offered', 'filled']);

/**
 * A horizontal bar chart of placements offered and filled per group. Every bar is as long as its
 * value on one scale from 0 to a rounded maximum (the axis below, with ticks and grid lines), and
 * carries its number. The drawing is decoration for screen readers (aria-hidden); they read the
 * same figures from the chart's table, which is visually hidden.
 * @param {string} caption what the chart shows, also the table's caption
 * @param {{ label: string, offered: number, filled: number }[]} rows
 * @param {string} [name] a stable name for tests and styling (data-chart)
 */
export function barChart(caption, rows, name) {
  const scale = chartScale(Math.max(0, ...rows.flatMap((r) => SERIES.map((s) => r[s]))));
  /** Sets a position through the CSS object model: a style attribute would need 'unsafe-inline' in the CSP. */
  const at = (/** @type {HTMLElement} */ el, /** @type {'width' | 'left'} */ property, /** @type {number} */ value) => {
    el.style[property] = `${percentOfScale(value, scale)}%`;
    return el;
  };
  const gridLines = () => scale.ticks.map((tick) => at(h('span', { class: 'chart-gridline' }), 'left', tick));
  const bar = (/** @type {number} */ value, /** @type {string} */ series) =>
    h('span', { class: 'chart-bar-line' },
      at(h('span', { class: `chart-bar ${series}`, dataset: { value: String(value) } }), 'width', value),
      at(h('span', { class: 'chart-value' }, formatNumber(value)), 'left', value));
  return h('figure', { class: 'chart', dataset: { chart: name ?? null } },
    h('figcaption', { class: 'chart-caption' }, caption),
    legend(),
    h('div', { class: 'chart-plot', 'aria-hidden': 'true', dataset: { scaleMax: String(scale.max) } },
      rows.map((r) => [
        h('span', { class: 'chart-label' }, r.label),
        h('span', { class: 'chart-track' }, gridLines(), SERIES.map((s) => bar(r[s], s))),
      ]),
      h('span', { class: 'chart-label' }),
      h('span', { class: 'chart-axis' }, scale.ticks.map((tick) => at(h('span', { class: 'chart-tick' }, formatNumber(tick)), 'left', tick)))),
    dataTable(caption, rows));
}

/** The colour key of the two series, for sighted readers (the table's headings say the same). */
export function legend() {
  return h('p', { class: 'chart-legend', 'aria-hidden': 'true' }, SERIES.map((s) =>
    h('span', { class: 'chart-legend-item' }, h('span', { class: `key ${s}` }), t(`dashboard.${s}`))));
}

/** The chart's figures as a table for screen readers; not focusable, as it is not on screen. */
function dataTable(caption, rows) {
  return h('table', { class: 'visually-hidden' },
    h('caption', null, caption),
    h('thead', null, h('tr', null,
      h('th', { scope: 'col' }, t('dashboard.group')),
      SERIES.map((s) => h('th', { scope: 'col' }, t(`dashboard.${s}`))))),
    h('tbody', null, rows.map((r) => h('tr', null,
      h('th', { scope: 'row' }, r.label), SERIES.map((s) => h('td', null, formatNumber(r[s])))))));
}
