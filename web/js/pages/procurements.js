// @ts-check
import { api } from '../api.js';
import { append, h } from '../dom.js';
import { formatDate, t, term } from '../i18n.js';
import { badge, money, pager, table } from '../ui.js';

const STATUSES = ['DRAFT', 'PUBLISHED', 'AWARDED', 'COMPLETED', 'CANCELLED'];

/** The officer's list of procurements: search by title or reference number, filter by status. */
export async function procurementsPage(page, { query, go, user }) {
  const q = query.get('q') ?? '';
  const status = query.get('status') ?? '';
  const offset = Number(query.get('offset') ?? 0);
  const result = await api('/procurements', { query: { q, status, offset, limit: 20 } });
  const to = (params) => go(`procurements?${new URLSearchParams(params)}`);

  const qInput = /** @type {HTMLInputElement} */ (h('input', { id: 'p-q', name: 'q', type: 'search', value: q }));
  const statusSelect = /** @type {HTMLSelectElement} */ (h('select', { id: 'p-status', name: 'status' },
    h('option', { value: '' }, t('procurements.allStatuses')),
    STATUSES.map((s) => h('option', { value: s, selected: s === status }, term('status', s)))));
  const filters = h('form', { class: 'search', role: 'search', onsubmit: (/** @type {Event} */ e) => { e.preventDefault(); to({ q: qInput.value.trim(), status: statusSelect.value }); } },
    h('div', { class: 'field' }, h('label', { for: 'p-q' }, t('procurements.search')), qInput),
    h('div', { class: 'field' }, h('label', { for: 'p-status' }, t('procurement.status')), statusSelect),
    h('button', { type: 'submit', class: 'button secondary' }, t('list.search')));

  append(page, [
    h('h1', null, t('procurements.heading')),
    ['officer', 'admin'].includes(user.role) ? h('p', null, h('a', { class: 'button', href: '#/procurements/new' }, t('procurements.new'))) : null,
    filters,
    table(t('procurements.heading'), [
      { label: t('procurement.referenceNumber'), cell: (p) => h('a', { href: `#/procurements/${p.id}` }, p.referenceNumber) },
      { label: t('procurement.title'), cell: (p) => p.title },
      { label: t('procurement.contractingUnit'), cell: (p) => p.contractingUnit },
      { label: t('procurement.estimatedValueSek'), cell: (p) => money(p.estimatedValueSek), numeric: true },
      { label: t('procurement.status'), cell: (p) => badge('status', p.status) },
      { label: t('procurement.updatedAt'), cell: (p) => formatDate(p.updatedAt) },
    ], result.items),
    pager(result, (next) => to({ q, status, offset: String(next) })),
  ]);
}
