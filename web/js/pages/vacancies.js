// @ts-check
import { api } from '../api.js';
import { append, h } from '../dom.js';
import { filterForm, filterValues } from '../filters.js';
import { formatDate, t, term, todayInStockholm } from '../i18n.js';
import { badge, pager, section, table } from '../ui.js';
import { TARGET_GROUPS } from './clause-form.js';
import { KINDS, opts } from './follow-up-placements.js';

const FILTERS = ['targetGroup', 'kind', 'district', 'q'];
/** Referral steps before a final outcome. */
export const PENDING = ['REFERRED', 'INTERVIEWED', 'OFFERED'];

/** A date, marked when it has passed (a deadline, an outcome due). @param {string} iso @param {string} word */
export function deadlineCell(iso, word = t('vacancy.deadlinePassed')) {
  return h('span', null, formatDate(iso), iso < todayInStockholm() ? h('strong', { class: 'overdue' }, ' – ', word) : null);
}

/** @param {any} v a VacancyDto */
export const vacancyLink = (v) => h('a', { href: `#/vacancies/${v.id}` }, v.title);

/** What a vacancy offers, as the board and the contract page list it. */
export function vacancyColumns() {
  return [
    { label: t('vacancy.title'), cell: vacancyLink },
    { label: t('vacancy.employer'), cell: (v) => v.employer.name },
    { label: t('clause.kind'), cell: (v) => term('placementKind', v.kind) },
    { label: t('vacancy.positionsLeft'), cell: (v) => t('vacancy.positionsOf', { left: v.positionsLeft, total: v.positions }), numeric: true },
    { label: t('vacancy.workingTime'), cell: (v) => `${v.workingTimePercent} %`, numeric: true },
    { label: t('vacancy.start'), cell: (v) => formatDate(v.startDate) },
    { label: t('vacancy.deadline'), cell: (v) => deadlineCell(v.referralDeadline) },
    { label: t('vacancy.targetGroups'), cell: (v) => v.targetGroups.map((g) => term('targetGroup', g)).join(', ') },
  ];
}

/** The matcher's board: open vacancies, the nearest referral deadline first; the filters live in the address. */
export async function vacanciesPage(page, { user, query, go }) {
  const values = filterValues(query, FILTERS);
  const offset = Number(query.get('offset') ?? 0);
  const list = await api('/vacancies', { query: { status: 'OPEN', ...values, limit: 50, offset } });
  const registers = ['matcher', 'pact_office', 'admin'].includes(user.role);
  append(page, [
    h('h1', null, t('matching.heading')),
    h('p', null, t('matching.intro')),
    registers ? h('p', null, h('a', { class: 'button secondary', href: '#/vacancies/new' }, t('matching.newForMember'))) : null,
    filterForm({ path: 'vacancies', values, fields: [
      { name: 'targetGroup', label: t('vacancy.targetGroups'), type: 'select', options: opts('targetGroup', TARGET_GROUPS) },
      { name: 'kind', label: t('clause.kind'), type: 'select', options: opts('placementKind', KINDS) },
      { name: 'district', label: t('matching.district'), type: 'search' },
      { name: 'q', label: t('matching.text'), type: 'search' },
    ] }, go),
    list.items.length ? table(t('matching.heading'), vacancyColumns(), list.items)
      : h('p', { class: 'empty' }, Object.keys(values).length ? t('list.empty') : t('matching.none')),
    pager(list, (next) => go(`vacancies?${new URLSearchParams({ ...values, offset: String(next) })}`)),
  ]);
}

/** Referrals still awaiting an outcome, the overdue ones first, then by the day the outcome is due. */
export async function referralsPage(page) {
  const list = await api('/referrals', { query: { limit: 200 } });
  const waiting = list.items.filter((r) => PENDING.includes(r.outcome))
    .sort((a, b) => Number(b.outcomeOverdue) - Number(a.outcomeOverdue) || String(a.outcomeDueOn).localeCompare(String(b.outcomeDueOn)));
  append(page, [
    h('h1', null, t('referrals.heading')),
    h('p', null, t('referrals.intro')),
    waiting.length ? section(t('referrals.heading'), table(t('referrals.heading'), [
      { label: t('referral.code'), cell: (r) => h('a', { href: `#/vacancies/${r.vacancyId}` }, r.code) },
      { label: t('referral.vacancy'), cell: (r) => r.vacancyTitle },
      { label: t('vacancy.employer'), cell: (r) => r.employer.name },
      { label: t('referral.referredOn'), cell: (r) => formatDate(r.referredOn) },
      { label: t('referral.outcome'), cell: (r) => badge('referralOutcome', r.outcome) },
      { label: t('referral.dueOn'), cell: (r) => deadlineCell(r.outcomeDueOn, t('followUp.overdue')) },
    ], waiting)) : h('p', { class: 'empty' }, t('referrals.none')),
  ]);
}
