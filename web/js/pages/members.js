// @ts-check
import { api } from '../api.js';
import { append, h } from '../dom.js';
import { errorSummary, field, fieldset, onSubmit, submitButton } from '../forms.js';
import { formatDate, t, term } from '../i18n.js';
import { reminderColumn } from '../notifications.js';
import { badge, flash, pager, section, table } from '../ui.js';

export const ACTIVITIES = ['JOB_PARTNER', 'STOCKHOLM_MENTOR', 'ADVISORY_BOARD', 'SOCIAL_CLAUSE', 'INNOVATION_MEETINGS'];
const STATUSES = ['ACTIVE', 'EXPIRING', 'EXPIRED', 'UPCOMING', 'NO_LETTER'];
const KINDS = ['COMPANY', 'CITY_COMPANY', 'PUBLIC_AGENCY', 'CIVIL_SOCIETY'];
const SIZES = ['EMPLOYEES_0_9', 'EMPLOYEES_10_49', 'EMPLOYEES_50_249', 'EMPLOYEES_250_PLUS'];
const opts = (group, codes) => codes.map((c) => /** @type {[string, string]} */ ([c, term(group, c)]));

/** The pact member register: search and filters, members due a check-in, and (pact office) a new member. */
export async function membersPage(page, { query, go, user, refresh }) {
  const filters = Object.fromEntries(['q', 'status', 'activity', 'kind', 'sector'].map((k) => [k, query.get(k) ?? '']));
  const offset = Number(query.get('offset') ?? 0);
  const [members, overdue] = await Promise.all([
    api('/pact-members', { query: { ...filters, offset, limit: 20 } }),
    api('/pact-members/check-ins/overdue', { query: { limit: 50 } }),
  ]);
  const to = (params) => go(`members?${new URLSearchParams(Object.fromEntries(Object.entries(params).filter(([, v]) => v)))}`);
  const select = (name, label, options) => field({ name, label, type: 'select', options, value: filters[name] });
  const filterForm = /** @type {HTMLFormElement} */ (h('form', { class: 'search filters', role: 'search' },
    field({ name: 'q', label: t('members.search'), type: 'search', value: filters.q }),
    select('status', t('member.status'), opts('memberStatus', STATUSES)),
    select('activity', t('member.activity'), opts('activity', ACTIVITIES)),
    select('kind', t('member.kind'), opts('memberKind', KINDS)),
    field({ name: 'sector', label: t('member.sector'), value: filters.sector }),
    h('button', { type: 'submit', class: 'button secondary' }, t('list.search'))));
  filterForm.addEventListener('submit', (e) => {
    e.preventDefault();
    to(Object.fromEntries(/** @type {any} */ (new FormData(filterForm))));
  });
  append(page, [
    h('h1', null, t('members.heading')),
    filterForm,
    table(t('members.heading'), [
      { label: t('supplier.name'), cell: (m) => h('a', { href: `#/members/${m.id}` }, m.name) },
      { label: t('supplier.orgNumber'), cell: (m) => m.orgNumber },
      { label: t('member.kind'), cell: (m) => term('memberKind', m.kind) },
      { label: t('member.sector'), cell: (m) => m.sector },
      { label: t('member.status'), cell: (m) => badge('memberStatus', m.status) },
      { label: t('member.validTo'), cell: (m) => formatDate(m.currentLetter?.validTo) },
    ], members.items),
    pager(members, (next) => to({ ...filters, offset: String(next) })),
    section(t('members.overdue'), table(t('members.overdue'), [
      { label: t('supplier.name'), cell: (o) => h('a', { href: `#/members/${o.memberId}` }, o.name) },
      { label: t('members.lastCheckIn'), cell: (o) => formatDate(o.lastCheckInOn) },
      { label: t('members.dueOn'), cell: (o) => formatDate(o.dueOn) },
      reminderColumn(),
    ], overdue.items ?? overdue)),
    ['pact_office', 'admin'].includes(user.role) ? section(t('members.new'), memberForm(refresh)) : null,
  ]);
}

function memberForm(refresh) {
  const form = /** @type {HTMLFormElement} */ (h('form', null, errorSummary(),
    field({ name: 'name', label: t('supplier.name'), required: true, maxlength: 200, autocomplete: 'organization' }),
    field({ name: 'orgNumber', label: t('supplier.orgNumber'), required: true, hint: t('supplier.orgNumberHint') }),
    field({ name: 'kind', label: t('member.kind'), type: 'select', required: true, options: opts('memberKind', KINDS) }),
    field({ name: 'sector', label: t('member.sector'), required: true, maxlength: 100 }),
    field({ name: 'sizeBand', label: t('member.sizeBand'), type: 'select', required: true, options: opts('sizeBand', SIZES) }),
    fieldset(t('member.contact'),
      field({ name: 'contactName', label: t('clause.contactName'), required: true, maxlength: 200 }),
      field({ name: 'contactEmail', label: t('clause.contactEmail'), type: 'email', required: true }),
      field({ name: 'contactPhone', label: t('clause.contactPhone'), type: 'tel' })),
    submitButton(t('members.create'))));
  onSubmit(form, async (values) => {
    const created = await api('/pact-members', { method: 'POST', body: values });
    flash(t('members.created', { name: created.name }));
    refresh();
  });
  return form;
}
