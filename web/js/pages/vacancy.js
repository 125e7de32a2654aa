// @ts-check
import { api, newIdempotencyKey } from '../api.js';
import { announce, append, h } from '../dom.js';
import { errorSummary, field, fieldset, onSubmit, submitButton } from '../forms.js';
import { formatDate, t, term, todayInStockholm } from '../i18n.js';
import { badge, facts, flash, section, table } from '../ui.js';
import { AGE_BANDS, GENDERS, opts } from './follow-up-placements.js';
import { deadlineCell, PENDING } from './vacancies.js';

const NOT_HIRED_REASONS = ['DID_NOT_ATTEND', 'CANDIDATE_DECLINED', 'REQUIREMENTS_NOT_MET', 'OTHER_CANDIDATE_CHOSEN', 'VACANCY_CLOSED', 'OTHER'];
/** The steps an outcome may move to from each step (forward only; HIRED and NOT_HIRED are final). */
const NEXT = {
  REFERRED: ['INTERVIEWED', 'OFFERED', 'HIRED', 'NOT_HIRED'],
  INTERVIEWED: ['OFFERED', 'HIRED', 'NOT_HIRED'],
  OFFERED: ['HIRED', 'NOT_HIRED'],
};

/** The code of the referral just made, shown once on the page that follows (never kept beyond it). */
let justReferred = /** @type {{ vacancyId: string, code: string } | null} */ (null);

/**
 * One vacancy: what it offers, its referrals with their outcomes, the matcher's "Anvisa kandidat"
 * and, for the employer's side, the outcome form of each referral still open.
 */
export async function vacancyPage(page, { params, user, refresh }) {
  const [v, referrals] = await Promise.all([api(`/vacancies/${params.id}`), api(`/vacancies/${params.id}/referrals`)]);
  const staff = ['matcher', 'pact_office', 'admin'].includes(user.role);
  const employerSide = user.role === 'supplier' || (v.employer.type === 'PACT_MEMBER' && staff);
  const refers = ['matcher', 'admin'].includes(user.role);
  const code = justReferred?.vacancyId === v.id ? justReferred.code : null;
  justReferred = null;
  append(page, [
    h('h1', null, v.title, ' ', badge('vacancyStatus', v.status)),
    h('p', null, user.role === 'supplier'
      ? h('a', { href: '#/contracts' }, t('vacancy.backToContracts'))
      : h('a', { href: '#/vacancies' }, t('vacancy.back'))),
    code ? codeBox(code) : null,
    section(t('vacancy.facts'), facts([
      [t('vacancy.employer'), v.employer.name],
      [t('clause.kind'), term('placementKind', v.kind)],
      [t('vacancy.positionsLeft'), t('vacancy.positionsOf', { left: v.positionsLeft, total: v.positions })],
      [t('vacancy.workingTime'), `${v.workingTimePercent} %`],
      [t('vacancy.length'), v.lengthMonths ? t('vacancy.months', { count: v.lengthMonths }) : t('vacancy.untilFurtherNotice')],
      [t('vacancy.startDate'), formatDate(v.startDate)],
      [t('vacancy.district'), v.district],
      [t('vacancy.targetGroups'), v.targetGroups.map((g) => term('targetGroup', g)).join(', ')],
      [t('vacancy.deadline'), deadlineCell(v.referralDeadline)],
      [t('vacancy.clause'), v.clauseTitle ?? t('vacancy.noClause')],
      [t('vacancy.requirements'), v.requirements || '–'],
    ])),
    section(t('vacancy.referrals'),
      referrals.length ? referralsTable(v, referrals) : h('p', { class: 'empty' }, t('vacancy.noReferrals')),
      employerSide ? referrals.filter((r) => PENDING.includes(r.outcome)).map((r) => outcomeForm(r, refresh)) : null),
    refers ? section(t('refer.heading'), referable(v) ? referForm(v, refresh) : h('p', null, t('refer.closed'))) : null,
    employerSide && v.status === 'OPEN' ? closeButton(v, refresh) : null,
  ]);
}

/** Open, and the last day for referrals not yet passed. @param {any} v */
const referable = (v) => v.status === 'OPEN' && v.referralDeadline >= todayInStockholm();

/** The generated code, large, with what to do with it. @param {string} code */
function codeBox(code) {
  announce(`${t('refer.codeHeading')}: ${code}`);
  return h('section', { class: 'card referral-code', 'aria-labelledby': 'referral-code-heading' },
    h('h2', { id: 'referral-code-heading' }, t('refer.codeHeading')),
    h('p', { class: 'code' }, h('strong', null, code)),
    h('p', null, t('refer.giveCode')));
}

/** A referral's outcome in words, with the link to its placement once hired. @param {any} r @param {any} v */
function outcomeCell(r, v) {
  return h('span', null, badge('referralOutcome', r.outcome),
    r.outcome === 'NOT_HIRED' && r.notHiredReason ? ` (${term('notHiredReason', r.notHiredReason)})` : null,
    r.placementId && v.contractId ? [' ', h('a', { href: `#/contracts/${v.contractId}/clauses/${v.clauseId}` }, t('referral.seePlacement'))] : null);
}

function referralsTable(v, referrals) {
  return table(t('vacancy.referrals'), [
    { label: t('referral.code'), cell: (r) => r.code },
    { label: t('placement.targetGroup'), cell: (r) => t('referral.attested', { group: term('targetGroup', r.targetGroup) }) },
    { label: t('placement.gender'), cell: (r) => term('gender', r.gender) },
    { label: t('placement.ageBand'), cell: (r) => r.ageBand },
    { label: t('referral.referredOn'), cell: (r) => formatDate(r.referredOn) },
    { label: t('referral.outcome'), cell: (r) => outcomeCell(r, v) },
    { label: t('referral.dueOn'), cell: (r) => (r.outcomeDueOn ? deadlineCell(r.outcomeDueOn, t('followUp.overdue')) : '–') },
  ], referrals);
}

/** The matcher's referral: only what the follow-up needs, never a name. */
function referForm(v, refresh) {
  const form = /** @type {HTMLFormElement} */ (h('form', { class: 'refer' }, errorSummary(),
    h('p', { class: 'hint' }, t('refer.intro')),
    field({ name: 'targetGroup', label: t('placement.targetGroup'), type: 'select', required: true, options: opts('targetGroup', v.targetGroups) }),
    field({ name: 'gender', label: t('placement.gender'), type: 'select', required: true, options: opts('gender', GENDERS) }),
    field({ name: 'ageBand', label: t('placement.ageBand'), type: 'select', required: true, options: AGE_BANDS.map((a) => [a, a]) }),
    field({ name: 'establishmentProgramme', label: t('placement.establishmentProgramme'), type: 'checkbox' }),
    submitButton(t('refer.submit'))));
  const key = newIdempotencyKey();
  onSubmit(form, async (values) => {
    const referral = await api(`/vacancies/${v.id}/referrals`, { method: 'POST', body: values, headers: { 'Idempotency-Key': key } });
    justReferred = { vacancyId: v.id, code: referral.code };
    refresh();
  });
  return form;
}

/** Fields shown, and sent, only for one choice of the outcome. @param {HTMLElement} group @param {boolean} on */
function showWhen(group, on) {
  group.hidden = !on;
  group.querySelectorAll('input, select').forEach((c) => { /** @type {HTMLInputElement} */ (c).disabled = !on; });
}

/** The employer records what happened with one referral: the next step, the day, and the terms or the reason. */
function outcomeForm(r, refresh) {
  const step = field({ name: 'outcome', label: t('outcome.step'), type: 'select', required: true, options: opts('referralOutcome', NEXT[r.outcome]) });
  const hired = fieldset(t('outcome.hiredOnly'),
    field({ name: 'startDate', label: t('placement.startDate'), type: 'date', required: true }),
    field({ name: 'endDate', label: t('placement.endDate'), type: 'date' }),
    field({ name: 'workingTimePercent', label: t('placement.workingTimePercent'), type: 'number', required: true, min: 1, max: 100, step: '1', value: 100 }));
  // Not `required`: that would preselect the first reason; left empty, the API names the field.
  const reason = field({ name: 'reason', label: t('referral.reason'), type: 'select', options: opts('notHiredReason', NOT_HIRED_REASONS) });
  const form = /** @type {HTMLFormElement} */ (h('form', { class: 'outcome' }, errorSummary(),
    step,
    field({ name: 'date', label: t('outcome.date'), type: 'date', required: true, max: todayInStockholm(), value: todayInStockholm() }),
    hired, reason,
    submitButton(t('outcome.save'))));
  const select = /** @type {HTMLSelectElement} */ (step.querySelector('select'));
  const sync = () => {
    showWhen(hired, select.value === 'HIRED');
    showWhen(reason, select.value === 'NOT_HIRED');
  };
  select.addEventListener('change', sync);
  sync();
  onSubmit(form, async (values) => {
    const saved = await api(`/referrals/${r.id}/outcome`, { method: 'POST', body: values });
    flash(t(saved.placementId ? 'outcome.savedPlacement' : 'outcome.saved', { code: r.code }));
    refresh();
  });
  return h('details', { class: 'outcome-form', open: r.outcomeOverdue || undefined },
    h('summary', null, t('outcome.record', { code: r.code })), form);
}

function closeButton(v, refresh) {
  return h('p', null, h('button', { type: 'button', class: 'button secondary', onclick: async () => {
    await api(`/vacancies/${v.id}/close`, { method: 'POST' });
    flash(t('vacancy.closed'));
    refresh();
  } }, t('vacancy.close')));
}
