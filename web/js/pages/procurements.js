// @ts-check
import { api } from '../api.js';
import { append, h } from '../dom.js';
import { formatDate, t, term } from '../i18n.js';
import { chosenSupplier, filterForm, filterValues, unitOptions } from '../filters.js';
import { badge, money, pager, table } from '../ui.js';

const STATUSES = ['DRAFT', 'PUBLISHED', 'AWARDED', 'COMPLETED', 'CANCELLED'];

const FILTERS = ['q', 'status', 'unit', 'supplierId', 'from', 'to'];

/**
 * The officer's list of procurements: search by title, reference number or awarded supplier; filter
 * by status, unit, supplier and the day registered. The filters live in the address.
 */
export async function procurementsPage(page, { query, go, user }) {
  const values = filterValues(query, FILTERS);
  const offset = Number(query.get('offset') ?? 0);
  const [result, units, supplier] = await Promise.all([
    api('/procurements', { query: { q: values.q, status: values.status, contractingUnit: values.unit, supplierId: values.supplierId, from: values.from, to: values.to, offset, limit: 20 } }),
    unitOptions(),
    chosenSupplier(values.supplierId),
  ]);
  const filters = filterForm({ path: 'procurements', values, supplier, fields: [
    { name: 'q', label: t('procurements.search'), type: 'search' },
    { name: 'status', label: t('procurement.status'), type: 'select', options: STATUSES.map((s) => [s, term('status', s)]) },
    { name: 'unit', label: t('filters.unit'), type: 'select', options: units },
    { name: 'supplierId', label: t('filters.supplier'), type: 'supplier' },
    { name: 'from', label: t('filters.from'), type: 'date' },
    { name: 'to', label: t('filters.to'), type: 'date' },
  ] }, go);

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
    pager(result, (next) => go(`procurements?${new URLSearchParams({ ...values, offset: String(next) })}`)),
  ]);
}
