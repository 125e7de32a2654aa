// @ts-check
import { api } from '../api.js';
import { append, h } from '../dom.js';
import { chosenSupplier, filterForm, filterValues, unitOptions } from '../filters.js';
import { formatDate, formatNumber, t, term } from '../i18n.js';
import { reminderColumn } from '../notifications.js';
import { pager, section, table, badge } from '../ui.js';
import { bulkAcceptTable } from './bulk-accept.js';
import { dueDateCell } from './breach-view.js';
import { remedyColumns } from './remedy-requests.js';

const link = (row, text) => h('a', { href: `#/contracts/${row.contractId}/clauses/${row.clauseId}` }, text);
const FILTERS = ['unit', 'supplierId', 'status', 'from', 'to'];
const CLAUSE_STATUSES = ['AT_RISK', 'NOT_FULFILLED', 'ON_TRACK', 'NOT_STARTED', 'FULFILLED'];
const REPORTS_PAGE = 100;

/**
 * The pact office's follow-up lists: open remedy requests, clauses at risk or not fulfilled,
 * reports to verify and questioned ones (each accepted many at a time) and overdue reports, filtered by unit, supplier,
 * clause status and contract period. The filters and the questioned list's page live in the address.
 */
export async function followUpListsPage(page, { query, go, refresh }) {
  const values = filterValues(query, FILTERS);
  const questionedOffset = Number(query.get('qoffset') ?? 0);
  const pendingOffset = Number(query.get('poffset') ?? 0);
  const filter = { contractingUnit: values.unit, supplierId: values.supplierId, from: values.from, to: values.to, limit: 100 };
  const [overdue, deviations, questioned, pending, remedies, units, supplier] = await Promise.all([
    api('/follow-up/overdue-reports', { query: filter }),
    api('/follow-up/clauses', { query: { ...filter, status: values.status } }),
    api('/follow-up/questioned-reports', { query: { ...filter, limit: REPORTS_PAGE, offset: questionedOffset } }),
    api('/follow-up/pending-reports', { query: { ...filter, limit: REPORTS_PAGE, offset: pendingOffset } }),
    api('/follow-up/remedy-requests', { query: { ...filter, status: 'OPEN' } }),
    unitOptions(),
    chosenSupplier(values.supplierId),
  ]);
  const questionedHeading = t('followUpLists.questioned', { count: questioned.total });
  const pendingHeading = t('followUpLists.pending', { count: pending.total });
  const reportLink = (r) => link(r, `${term('reportType', r.reportType)}: ${r.summary}`);
  const toPage = (name, next) => go(`follow-up?${new URLSearchParams({ ...values, [name]: String(next) })}`);
  append(page, [
    h('h1', null, t('followUpLists.heading')),
    filterForm({ path: 'follow-up', values, supplier, fields: [
      { name: 'unit', label: t('filters.unit'), type: 'select', options: units },
      { name: 'supplierId', label: t('filters.supplier'), type: 'supplier' },
      { name: 'status', label: t('filters.clauseStatus'), type: 'select', options: CLAUSE_STATUSES.map((s) => [s, term('clauseStatus', s)]) },
      { name: 'from', label: t('filters.from'), type: 'date' },
      { name: 'to', label: t('filters.to'), type: 'date' },
    ] }, go),
    section(t('followUpLists.remedyRequests', { count: remedies.total }),
      table(t('followUpLists.remedyRequests', { count: remedies.total }), remedyColumns(), remedies.items),
      h('p', null, h('a', { href: '#/remedy-requests' }, t('followUpLists.allRemedyRequests')))),
    section(t('followUpLists.deviations', { count: deviations.total }), table(t('followUpLists.deviations', { count: deviations.total }), [
      { label: t('followUpLists.clause'), cell: (d) => link(d, `${d.referenceNumber}, ${t('clauses.number', { number: d.clauseNumber })}`) },
      { label: t('award.supplier'), cell: (d) => d.supplierName },
      { label: t('followUp.status'), cell: (d) => badge('clauseStatus', d.status) },
      { label: t('followUpLists.why'), cell: (d) => d.reasons.join(' · ') },
      { label: t('recovery.heading'), cell: (d) => (d.latestRecoveryPlanAt ? formatDate(d.latestRecoveryPlanAt) : t('form.no')) },
      { label: t('breach.dueDate'), cell: (d) => (d.openRemedyRequest ? dueDateCell(d.openRemedyRequest) : '–') },
      reminderColumn(),
    ], deviations.items)),
    section(pendingHeading,
      pending.items.length ? bulkAcceptTable(pendingHeading, reportLink, [
        { label: t('award.supplier'), cell: (r) => r.supplierName },
        { label: t('procurement.referenceNumber'), cell: (r) => r.referenceNumber },
        { label: t('followUpLists.reportedAt'), cell: (r) => formatDate(r.reportedAt) },
      ], pending.items, refresh) : h('p', { class: 'empty' }, t('list.empty')),
      pager(pending, (next) => toPage('poffset', next))),
    section(questionedHeading,
      questioned.items.length ? bulkAcceptTable(questionedHeading, reportLink, [
        { label: t('award.supplier'), cell: (q) => q.supplierName },
        { label: t('procurement.referenceNumber'), cell: (q) => q.referenceNumber },
        { label: t('verify.reason'), cell: (q) => q.reason },
        { label: t('followUpLists.questionedAt'), cell: (q) => formatDate(q.questionedAt) },
      ], questioned.items, refresh) : h('p', { class: 'empty' }, t('list.empty')),
      pager(questioned, (next) => toPage('qoffset', next))),
    section(t('followUpLists.overdue', { count: overdue.total }), table(t('followUpLists.overdue', { count: overdue.total }), [
      { label: t('followUpLists.clause'), cell: (o) => link(o, `${o.referenceNumber}, ${t('clauses.number', { number: o.clauseNumber })}`) },
      { label: t('award.supplier'), cell: (o) => o.supplierName },
      { label: t('followUp.period'), cell: (o) => `${o.periodNumber}: ${formatDate(o.periodStart)} – ${formatDate(o.periodEnd)}` },
      { label: t('followUp.due'), cell: (o) => formatDate(o.dueDate) },
      { label: t('followUpLists.daysOverdue'), cell: (o) => formatNumber(o.daysOverdue), numeric: true },
      reminderColumn(),
    ], overdue.items)),
  ]);
}
