// @ts-check
import { api } from '../api.js';
import { append, h } from '../dom.js';
import { formatDate, formatNumber, t, term } from '../i18n.js';
import { reminderColumn } from '../notifications.js';
import { badge, section, table } from '../ui.js';
import { dueDateCell } from './breach-view.js';
import { remedyColumns } from './remedy-requests.js';

const link = (row, text) => h('a', { href: `#/contracts/${row.contractId}/clauses/${row.clauseId}` }, text);

/** The pact office's follow-up lists: open remedy requests, clauses at risk or not fulfilled, questioned and overdue reports. */
export async function followUpListsPage(page, { query, go }) {
  const unit = query.get('unit') ?? '';
  const filter = { contractingUnit: unit, limit: 100 };
  const [overdue, deviations, questioned, remedies] = await Promise.all([
    api('/follow-up/overdue-reports', { query: filter }),
    api('/follow-up/clauses', { query: filter }),
    api('/follow-up/questioned-reports', { query: filter }),
    api('/follow-up/remedy-requests', { query: { ...filter, status: 'OPEN' } }),
  ]);
  const input = /** @type {HTMLInputElement} */ (h('input', { id: 'fu-unit', name: 'unit', value: unit }));
  append(page, [
    h('h1', null, t('followUpLists.heading')),
    h('form', { class: 'search', role: 'search', onsubmit: (/** @type {Event} */ e) => { e.preventDefault(); go(`follow-up?${new URLSearchParams(input.value ? { unit: input.value } : {})}`); } },
      h('label', { for: 'fu-unit' }, t('dashboard.unit')), input, h('button', { type: 'submit', class: 'button secondary' }, t('list.search'))),
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
    section(t('followUpLists.questioned', { count: questioned.total }), table(t('followUpLists.questioned', { count: questioned.total }), [
      { label: t('followUpLists.report'), cell: (q) => link(q, `${term('reportType', q.reportType)}: ${q.summary}`) },
      { label: t('award.supplier'), cell: (q) => q.supplierName },
      { label: t('procurement.referenceNumber'), cell: (q) => q.referenceNumber },
      { label: t('verify.reason'), cell: (q) => q.reason },
      { label: t('followUpLists.questionedAt'), cell: (q) => formatDate(q.questionedAt) },
    ], questioned.items)),
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
