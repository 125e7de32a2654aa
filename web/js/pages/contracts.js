// @ts-check
import { api } from '../api.js';
import { append, h } from '../dom.js';
import { formatDate, t, term } from '../i18n.js';
import { badge, section, table } from '../ui.js';

/** The supplier's own contracts, each clause with its status and the next report due. */
export async function contractsPage(page, { user }) {
  const supplier = user.role === 'supplier';
  const [contracts, questioned] = await Promise.all([
    api('/contracts', { query: { limit: 100 } }),
    supplier ? api('/follow-up/questioned-reports', { query: { limit: 100 } }) : null,
  ]);
  const cards = await Promise.all(contracts.items.map(async (c) => {
    const clauses = await api(`/contracts/${c.id}/clauses`);
    const statuses = await Promise.all(clauses.map((cl) => api(`/contracts/${c.id}/clauses/${cl.clauseId}/status`).catch(() => null)));
    return section(`${c.referenceNumber} ${c.procurementTitle}`,
      h('p', null, c.contractingUnit, ' · ', t('contract.period', { start: formatDate(c.startDate), end: formatDate(c.endDate) })),
      clauseTable(c, clauses, statuses));
  }));
  append(page, [
    h('h1', null, supplier ? t('contracts.mine') : t('contracts.heading')),
    questioned?.items.length ? section(t('contracts.questioned', { count: questioned.total }),
      h('p', null, t('contracts.questionedIntro')),
      table(t('contracts.questioned', { count: questioned.total }), [
        { label: t('followUpLists.report'), cell: (q) => h('a', { href: `#/contracts/${q.contractId}/clauses/${q.clauseId}` }, `${term('reportType', q.reportType)}: ${q.summary}`) },
        { label: t('procurement.referenceNumber'), cell: (q) => q.referenceNumber },
        { label: t('verify.reason'), cell: (q) => q.reason },
      ], questioned.items)) : null,
    contracts.items.length ? null : h('p', { class: 'empty' }, t('contracts.none')),
    cards,
  ]);
}

/** The next reporting period that is not submitted yet. */
export function nextDue(clause) {
  return clause.periods.find((p) => !p.submittedAt) ?? null;
}

function clauseTable(contract, clauses, statuses) {
  return h('div', { class: 'table-wrap' }, h('table', null,
    h('caption', { class: 'visually-hidden' }, t('contracts.clauses')),
    h('thead', null, h('tr', null, [t('clauses.heading'), t('clauses.type'), t('followUp.status'), t('followUp.nextDue')].map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', null, clauses.map((cl, i) => {
      const due = nextDue(cl);
      return h('tr', null,
        h('th', { scope: 'row' }, h('a', { href: `#/contracts/${contract.id}/clauses/${cl.clauseId}` }, t('clauses.number', { number: cl.number }), ' ', cl.title)),
        h('td', null, term('clauseType', cl.type)),
        h('td', null, statuses[i] ? badge('clauseStatus', statuses[i].status) : '–'),
        h('td', null, due ? t('followUp.dueOn', { number: due.number, date: formatDate(due.dueDate) }) : t('followUp.allSubmitted'),
          due && due.dueDate < new Date().toISOString().slice(0, 10) ? h('strong', { class: 'overdue' }, ' – ', t('followUp.overdue')) : null));
    }))));
}
