// @ts-check
import { api } from '../api.js';
import { append, h } from '../dom.js';
import { field } from '../forms.js';
import { formatDate, t, term } from '../i18n.js';
import { badge, money, pager, section, table } from '../ui.js';
import { dueDateCell } from './breach-view.js';

const STATUSES = ['OPEN', 'DECIDED', 'WITHDRAWN'];
const PAGE_SIZE = 50;

/** A remedy request's clause, linked to its follow-up page where the request is handled. */
export function remedyClauseLink(r) {
  return h('a', { href: `#/contracts/${r.contractId}/clauses/${r.clauseId}` },
    `${r.contractReference}, ${t('clauses.number', { number: r.clauseNumber })} ${r.clauseTitle}`);
}

/** What came of a request: the penalty decided, a waiver, or nothing yet. */
function outcomeCell(r) {
  if (!r.outcome) return '–';
  return r.outcome === 'PENALTY' ? `${term('decisionOutcome', r.outcome)} ${money(r.amountSek)}` : term('decisionOutcome', r.outcome);
}

/**
 * The columns of a list of remedy requests (the follow-up lists page shows the open ones with them).
 * @param {boolean} [withOutcome] decided and withdrawn requests also show what came of them
 */
export function remedyColumns(withOutcome = false) {
  return [
    { label: t('followUpLists.clause'), cell: remedyClauseLink },
    { label: t('award.supplier'), cell: (r) => r.supplierName },
    { label: t('procurement.contractingUnit'), cell: (r) => r.contractingUnit },
    { label: t('breach.dueDate'), cell: dueDateCell },
    { label: t('breach.requestedAt'), cell: (r) => formatDate(r.requestedAt) },
    ...(withOutcome ? [
      { label: t('followUp.status'), cell: (r) => badge('breachStatus', r.status) },
      { label: t('breach.outcome'), cell: outcomeCell },
    ] : []),
  ];
}

/** Every remedy request by status: the open ones by due date, so the decisions due come first. */
export async function remedyRequestsPage(page, { query, go }) {
  const status = STATUSES.includes(query.get('status') ?? '') ? /** @type {string} */ (query.get('status')) : 'OPEN';
  const offset = Number(query.get('offset') ?? 0);
  const list = await api('/follow-up/remedy-requests', { query: { status, limit: PAGE_SIZE, offset } });
  const show = (/** @type {string} */ next, /** @type {number} */ from = 0) => go(`remedy-requests?${new URLSearchParams({ status: next, offset: String(from) })}`);
  const filter = field({ name: 'status', label: t('remedyRequests.show'), type: 'select', required: true, value: status, options: STATUSES.map((s) => [s, term('breachStatus', s)]) });
  const select = /** @type {HTMLSelectElement} */ (filter.querySelector('select'));
  const heading = t('remedyRequests.list', { status: term('breachStatus', status).toLowerCase(), count: list.total });
  append(page, [
    h('h1', null, t('remedyRequests.heading')),
    h('p', null, t('remedyRequests.intro')),
    h('form', { class: 'search filters', onsubmit: (/** @type {Event} */ e) => { e.preventDefault(); show(select.value); } },
      filter, h('button', { type: 'submit', class: 'button secondary' }, t('remedyRequests.filter'))),
    section(heading, table(heading, remedyColumns(status !== 'OPEN'), list.items), pager(list, (next) => show(status, next))),
  ]);
}
