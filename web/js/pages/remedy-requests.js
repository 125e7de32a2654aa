// @ts-check
import { api } from '../api.js';
import { append, h } from '../dom.js';
import { field } from '../forms.js';
import { formatDate, t, term } from '../i18n.js';
import { reminderColumn } from '../notifications.js';
import { money, pager, section, table } from '../ui.js';
import { dueDateCell } from './breach-view.js';

const STATUSES = ['OPEN', 'DECIDED', 'WITHDRAWN'];
const PAGE_SIZE = 50;

/** A remedy request's clause, linked to its follow-up page where the request is handled. */
export function remedyClauseLink(r) {
  return h('a', { href: `#/contracts/${r.contractId}/clauses/${r.clauseId}` },
    `${r.contractReference}, ${t('clauses.number', { number: r.clauseNumber })} ${r.clauseTitle}`);
}

/** What was decided: the penalty with its amount, or the waiver. */
function outcomeCell(r) {
  if (r.outcome !== 'PENALTY') return term('decisionOutcome', r.outcome);
  return h('span', null, term('decisionOutcome', r.outcome), ' ', h('span', { class: 'nowrap' }, money(r.amountSek)));
}

/**
 * The columns of a list of remedy requests (the follow-up lists page shows the open ones with them).
 * @param {boolean} [decided] decided requests also show what was decided
 */
export function remedyColumns(decided = false) {
  return [
    { label: t('followUpLists.clause'), cell: remedyClauseLink },
    { label: t('award.supplier'), cell: (r) => r.supplierName },
    { label: t('procurement.contractingUnit'), cell: (r) => r.contractingUnit },
    { label: t('breach.dueDate'), cell: dueDateCell },
    { label: t('breach.requestedAt'), cell: (r) => formatDate(r.requestedAt) },
    // Reminders go out only while a request is open; a decided one keeps the column to show what was sent.
    reminderColumn(),
    ...(decided ? [{ label: t('breach.outcome'), cell: outcomeCell }] : []),
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
    section(heading, table(heading, remedyColumns(status === 'DECIDED'), list.items), pager(list, (next) => show(status, next))),
  ]);
}
