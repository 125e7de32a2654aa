// @ts-check
import { api } from '../api.js';
import { append, h } from '../dom.js';
import { formatDate, lang, t, term } from '../i18n.js';
import { chosenSupplier, filterForm, filterValues, unitOptions } from '../filters.js';
import { badge, money, pager, section, table } from '../ui.js';
import { dueDateCell } from './breach-view.js';
import { contractVacancies } from './contract-vacancies.js';
import { remedyClauseLink } from './remedy-requests.js';

const FILTERS = ['q', 'status', 'unit', 'supplierId', 'from', 'to'];
const PHASES = ['UPCOMING', 'ACTIVE', 'ENDED'];

/**
 * Contracts, each clause with its status, the next report due and any remedy request; open remedy
 * requests first. A supplier sees its own; staff search and filter them all, the filters in the address.
 */
export async function contractsPage(page, { user, query, go }) {
  const supplier = user.role === 'supplier';
  const values = filterValues(query, FILTERS);
  const offset = Number(query.get('offset') ?? 0);
  const [contracts, questioned, units, chosen] = await Promise.all([
    api('/contracts', { query: { q: values.q, status: values.status, contractingUnit: values.unit, supplierId: values.supplierId, from: values.from, to: values.to, offset, limit: 20 } }),
    supplier ? api('/follow-up/questioned-reports', { query: { limit: 100 } }) : null,
    supplier ? [] : unitOptions(),
    supplier ? null : chosenSupplier(values.supplierId),
  ]);
  const open = [];
  const cards = await Promise.all(contracts.items.map(async (c) => {
    const [clauses, breaches] = await Promise.all([api(`/contracts/${c.id}/clauses`), api(`/contracts/${c.id}/breaches`, { query: { lang: lang() } })]);
    const [statuses, vacancies] = await Promise.all([
      Promise.all(clauses.map((cl) => api(`/contracts/${c.id}/clauses/${cl.clauseId}/status`).catch(() => null))),
      supplier ? contractVacancies(c) : null,
    ]);
    open.push(...breaches.filter((b) => b.status === 'OPEN'));
    return section(`${c.referenceNumber} ${c.procurementTitle}`,
      h('p', null, supplier ? null : [c.supplierName, ' · '], c.contractingUnit, ' · ', t('contract.period', { start: formatDate(c.startDate), end: formatDate(c.endDate) }),
        ' · ', badge('contractPhase', c.phase)),
      clauseTable(c, clauses, statuses, breaches),
      vacancies);
  }));
  const filters = filterForm({ path: 'contracts', values, supplier: chosen, fields: [
    { name: 'q', label: t('filters.text'), type: 'search' },
    { name: 'status', label: t('filters.contractStatus'), type: 'select', options: PHASES.map((p) => [p, term('contractPhase', p)]) },
    ...(supplier ? [] : /** @type {import('../filters.js').FilterField[]} */ ([
      { name: 'unit', label: t('filters.unit'), type: 'select', options: units },
      { name: 'supplierId', label: t('filters.supplier'), type: 'supplier' },
    ])),
    { name: 'from', label: t('filters.from'), type: 'date' },
    { name: 'to', label: t('filters.to'), type: 'date' },
  ] }, go);
  append(page, [
    h('h1', null, supplier ? t('contracts.mine') : t('contracts.heading')),
    openRemedies(open, supplier),
    questioned?.items.length ? section(t('contracts.questioned', { count: questioned.total }),
      h('p', null, t('contracts.questionedIntro')),
      table(t('contracts.questioned', { count: questioned.total }), [
        { label: t('followUpLists.report'), cell: (q) => h('a', { href: `#/contracts/${q.contractId}/clauses/${q.clauseId}` }, `${term('reportType', q.reportType)}: ${q.summary}`) },
        { label: t('procurement.referenceNumber'), cell: (q) => q.referenceNumber },
        { label: t('verify.reason'), cell: (q) => q.reason },
      ], questioned.items)) : null,
    filters,
    contracts.items.length ? null : h('p', { class: 'empty' }, Object.keys(values).length ? t('list.empty') : t('contracts.none')),
    cards,
    pager(contracts, (next) => go(`contracts?${new URLSearchParams({ ...values, offset: String(next) })}`)),
  ]);
}

/** The next reporting period that is not submitted yet. */
export function nextDue(clause) {
  return clause.periods.find((p) => !p.submittedAt) ?? null;
}

/** Open remedy requests, the ones due first: for a supplier the requests it must answer. */
function openRemedies(open, supplier) {
  if (!open.length) return null;
  const heading = t(supplier ? 'contracts.remediesToAnswer' : 'contracts.openRemedies', { count: open.length });
  return section(heading,
    supplier ? h('p', null, t('contracts.remediesIntro')) : null,
    table(heading, [
      { label: t('followUpLists.clause'), cell: remedyClauseLink },
      { label: t('breach.missing'), cell: (b) => b.missing },
      { label: t('breach.dueDate'), cell: dueDateCell },
      { label: t('recovery.heading'), cell: (b) => (b.recoveryPlans.length ? t('contracts.planFiled', { date: formatDate(b.recoveryPlans[0].createdAt) }) : t('breach.noPlan')) },
    ], open.sort((a, b) => a.dueDate.localeCompare(b.dueDate))));
}

/** The clause's open remedy request, else its latest decision. @param {any[]} breaches of the clause, newest first */
function remedyCell(breaches) {
  const open = breaches.find((b) => b.status === 'OPEN');
  if (open) return h('span', null, t('contracts.remedyOpen'), ' ', dueDateCell(open));
  const decided = breaches.find((b) => b.decision);
  if (!decided) return '–';
  const { outcome, amountSek, decidedAt } = decided.decision;
  return outcome === 'PENALTY' ? t('contracts.penaltyDecided', { amount: money(amountSek), date: formatDate(decidedAt) }) : t('contracts.penaltyWaived', { date: formatDate(decidedAt) });
}

function clauseTable(contract, clauses, statuses, breaches) {
  return h('div', { class: 'table-wrap' }, h('table', null,
    h('caption', { class: 'visually-hidden' }, t('contracts.clauses')),
    h('thead', null, h('tr', null, [t('clauses.heading'), t('clauses.type'), t('followUp.status'), t('followUp.nextDue'), t('breach.heading')].map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', null, clauses.map((cl, i) => {
      const due = nextDue(cl);
      return h('tr', null,
        h('th', { scope: 'row' }, h('a', { href: `#/contracts/${contract.id}/clauses/${cl.clauseId}` }, t('clauses.number', { number: cl.number }), ' ', cl.title)),
        h('td', null, term('clauseType', cl.type)),
        h('td', null, statuses[i] ? badge('clauseStatus', statuses[i].status) : '–'),
        h('td', null, due ? t('followUp.dueOn', { number: due.number, date: formatDate(due.dueDate) }) : t('followUp.allSubmitted'),
          due && due.dueDate < new Date().toISOString().slice(0, 10) ? h('strong', { class: 'overdue' }, ' – ', t('followUp.overdue')) : null),
        h('td', null, remedyCell(breaches.filter((b) => b.clauseId === cl.clauseId))));
    }))));
}
