// @ts-check
import { h } from '../dom.js';
import { formatNumber, t } from '../i18n.js';

/**
 * A bar chart of placements offered and filled per group, drawn with CSS bars inside a real table,
 * so screen readers read the numbers and the bars are decoration (aria-hidden).
 * @param {string} caption
 * @param {{ label: string, offered: number, filled: number }[]} rows
 */
export function barChart(caption, rows) {
  const max = Math.max(1, ...rows.flatMap((r) => [r.offered, r.filled]));
  const bar = (value, kind) => {
    const drawn = h('span', { class: `bar ${kind}`, 'aria-hidden': 'true' });
    // Set through the CSS object model: a style attribute would need 'unsafe-inline' in the CSP.
    drawn.style.width = `${(value / max) * 100}%`;
    return h('span', { class: 'bar-cell' }, drawn, h('span', { class: 'bar-value' }, formatNumber(value)));
  };
  return h('div', { class: 'table-wrap chart', role: 'region', 'aria-label': caption, tabindex: '0' },
    h('table', { class: 'chart-table' },
      h('caption', { class: 'visually-hidden' }, caption),
      h('thead', null, h('tr', null,
        h('th', { scope: 'col' }, t('dashboard.group')),
        h('th', { scope: 'col' }, h('span', { class: 'key offered', 'aria-hidden': 'true' }), t('dashboard.offered')),
        h('th', { scope: 'col' }, h('span', { class: 'key filled', 'aria-hidden': 'true' }), t('dashboard.filled')))),
      h('tbody', null, rows.map((r) => h('tr', null,
        h('th', { scope: 'row' }, r.label), h('td', null, bar(r.offered, 'offered')), h('td', null, bar(r.filled, 'filled')))))));
}
