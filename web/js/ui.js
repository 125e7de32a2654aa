// @ts-check
import { h } from './dom.js';
import { formatNumber, t, term } from './i18n.js';

/**
 * A data table with a caption and column headers.
 * @param {string} caption
 * @param {{ label: string, cell: (row: any) => any, numeric?: boolean }[]} columns
 * @param {any[]} rows
 */
export function table(caption, columns, rows) {
  if (!rows.length) return h('p', { class: 'empty' }, t('list.empty'));
  return h('div', { class: 'table-wrap', role: 'region', 'aria-label': caption, tabindex: '0' },
    h('table', null,
      h('caption', null, caption),
      h('thead', null, h('tr', null, columns.map((c) => h('th', { scope: 'col', class: c.numeric ? 'num' : null }, c.label)))),
      h('tbody', null, rows.map((row) => h('tr', null, columns.map((c, i) =>
        i === 0 ? h('th', { scope: 'row' }, c.cell(row)) : h('td', { class: c.numeric ? 'num' : null }, c.cell(row))))))));
}

/**
 * Previous/next links for a page of results.
 * @param {{ total: number, limit: number, offset: number }} page
 * @param {(offset: number) => void} goTo
 */
export function pager(page, goTo) {
  if (page.total <= page.limit) return null;
  const from = page.offset + 1;
  const to = Math.min(page.offset + page.limit, page.total);
  return h('nav', { class: 'pager', 'aria-label': t('list.pages') },
    h('button', { type: 'button', class: 'button secondary', disabled: page.offset === 0, onclick: () => goTo(Math.max(0, page.offset - page.limit)) }, t('list.previous')),
    h('span', null, t('list.range', { from, to, total: page.total })),
    h('button', { type: 'button', class: 'button secondary', disabled: to >= page.total, onclick: () => goTo(page.offset + page.limit) }, t('list.next')));
}

/** A status as a labelled badge (colour is never the only cue: the word is always there). @param {string} group @param {string} code */
export function badge(group, code) {
  return h('span', { class: `badge badge-${String(code).toLowerCase().replace(/_/g, '-')}` }, term(group, code));
}

/** A definition list of label/value pairs. @param {any[][]} pairs */
export function facts(pairs) {
  return h('dl', { class: 'facts' }, pairs.map(([label, value]) => [h('dt', null, label), h('dd', null, value ?? '–')]));
}

/** A section with its own heading level 2. @param {string} heading @param {...any} children */
export function section(heading, ...children) {
  const id = `s-${heading.toLowerCase().replace(/[^a-z0-9åäö]+/g, '-')}`;
  return h('section', { class: 'card', 'aria-labelledby': id }, h('h2', { id }, heading), ...children);
}

/** A message after an action, announced politely. @param {string} text @param {'success' | 'error' | 'info'} [kind] */
export function notice(text, kind = 'success') {
  return h('p', { class: `alert alert-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

/** @param {number | null | undefined} sek */
export function money(sek) {
  return sek === null || sek === undefined ? '–' : `${formatNumber(sek)} kr`;
}

/** A search form that keeps its value in the address (so back/forward and reload work). */
export function searchForm(label, value, onSearch) {
  const id = 'search-q';
  const input = /** @type {HTMLInputElement} */ (h('input', { id, name: 'q', type: 'search', value: value ?? '' }));
  return h('form', { class: 'search', role: 'search', onsubmit: (/** @type {Event} */ e) => { e.preventDefault(); onSearch(input.value.trim()); } },
    h('label', { for: id }, label), input, h('button', { type: 'submit', class: 'button secondary' }, t('list.search')));
}

let pendingFlash = /** @type {string | null} */ (null);
/** A success message shown on the next rendered page (after a save that re-renders). @param {string} text */
export function flash(text) {
  pendingFlash = text;
}
export function takeFlash() {
  const text = pendingFlash;
  pendingFlash = null;
  return text ? notice(text) : null;
}
