// @ts-check
import { api, newIdempotencyKey } from '../api.js';
import { h } from '../dom.js';
import { errorSummary, field, onSubmit, submitButton } from '../forms.js';
import { addDays, formatDate, t, todayInStockholm } from '../i18n.js';
import { badge, facts, flash, money, notice, section } from '../ui.js';
import { decisionPanel, withdrawalForm } from './breach-decision.js';
import { dueDateCell, lettersView, penaltyTermsOf, termsText } from './breach-view.js';

// Clause versions published before the remedy period existed carry none: the contract reads them as 30 days.
const DEFAULT_REMEDY_DAYS = 30;

/** Who may request a remedy and decide on it: the officer and the pact office (and admin). @param {{ role: string }} user */
export function handlesBreaches(user) {
  return ['officer', 'pact_office', 'admin'].includes(user.role);
}

/**
 * Rättelse och vite on a clause's follow-up page: remedy first, then a penalty or a waiver. The
 * officer and the pact office request a remedy and decide; the supplier answers with a recovery
 * plan. Every request stays in the history, newest first.
 * @param {any} fu the follow-up context
 * @param {any[]} breaches the clause's remedy requests
 */
export function breachSection(fu, breaches) {
  const writer = handlesBreaches(fu.user);
  const open = breaches.find((b) => b.status === 'OPEN');
  const remedyDays = fu.clause.parameters?.remedyDays ?? DEFAULT_REMEDY_DAYS;
  if (!breaches.length && !writer) return null;
  return section(t('breach.heading'),
    h('p', null, t('breach.remedyPeriod', { days: remedyDays }), ' ', termsText(penaltyTermsOf(fu.clause))),
    writer && !open ? requestForm(fu, remedyDays) : null,
    breaches.length ? breaches.map((b) => breachArticle(fu, b, writer)) : h('p', { class: 'empty' }, t('breach.none')));
}

function requestForm(fu, remedyDays) {
  const today = todayInStockholm();
  const form = /** @type {HTMLFormElement} */ (h('form', { class: 'breach-request' }, errorSummary(),
    h('h3', null, t('breach.request')),
    field({ name: 'missing', label: t('breach.missing'), type: 'textarea', required: true, maxlength: 4000, hint: t('breach.missingHint') }),
    field({ name: 'dueDate', label: t('breach.dueDate'), type: 'date', required: true, min: addDays(today, 1), value: addDays(today, remedyDays), hint: t('breach.dueDateHint', { days: remedyDays }) }),
    submitButton(t('breach.request'))));
  const key = newIdempotencyKey();
  onSubmit(form, async (values) => {
    await api(`${fu.base}/breaches`, { method: 'POST', body: values, headers: { 'Idempotency-Key': key } });
    flash(t('breach.requested'));
    fu.refresh();
  });
  return form;
}

/** One remedy request: what is missing, by when, the supplier's plans, the letters, and what was decided. */
function breachArticle(fu, breach, writer) {
  const path = `${fu.base}/breaches/${breach.id}`;
  const open = breach.status === 'OPEN';
  const headingId = `breach-${breach.id}`;
  return h('article', { class: `breach breach-${breach.status.toLowerCase()}`, 'aria-labelledby': headingId },
    h('h3', { id: headingId }, t('breach.article', { date: formatDate(breach.requestedAt) }), ' ', badge('breachStatus', breach.status)),
    open && fu.supplier ? notice(t('breach.supplierOpen', { date: formatDate(breach.dueDate) }), 'info') : null,
    facts([
      [t('breach.missing'), breach.missing],
      [t('breach.dueDate'), dueDateCell(breach)],
      [t('breach.termsLabel'), termsText(breach.penaltyTerms)],
      breach.withdrawal ? [t('breach.withdrawnOn', { date: formatDate(breach.withdrawal.withdrawnAt) }), breach.withdrawal.reason] : null,
    ].filter(Boolean)),
    plansView(breach),
    open && fu.supplier ? planForm(fu, path) : null,
    breach.decision ? decisionView(breach.decision) : null,
    lettersView(path, breach),
    open && writer ? decisionPanel(fu, path, breach) : null,
    open && writer ? withdrawalForm(fu, path) : null);
}

function plansView(breach) {
  return h('div', { class: 'breach-plans' },
    h('h4', null, t('breach.plans')),
    breach.recoveryPlans.length
      ? breach.recoveryPlans.map((p) => h('div', { class: 'plan' }, facts([
        [t('recovery.filedOn'), formatDate(p.createdAt)],
        [t('recovery.actions'), p.actions],
        [t('recovery.expected'), formatDate(p.expectedBackOnTrack)],
      ])))
      : h('p', { class: 'empty' }, t('breach.noPlan')));
}

/** The supplier's answer; several are allowed while the request is open, the newest counts. */
function planForm(fu, path) {
  const form = /** @type {HTMLFormElement} */ (h('form', { class: 'breach-plan' }, errorSummary(),
    h('h4', null, t('breach.answer')),
    h('p', { class: 'hint' }, t('breach.answerHint')),
    field({ name: 'actions', label: t('recovery.actions'), type: 'textarea', required: true, maxlength: 4000, hint: t('recovery.actionsHint') }),
    field({ name: 'expectedBackOnTrack', label: t('recovery.expected'), type: 'date', required: true }),
    submitButton(t('recovery.file'))));
  const key = newIdempotencyKey();
  onSubmit(form, async (values) => {
    await api(`${path}/recovery-plan`, { method: 'POST', body: values, headers: { 'Idempotency-Key': key } });
    flash(t('recovery.filed'));
    fu.refresh();
  });
  return form;
}

function decisionView(decision) {
  return h('div', { class: 'breach-decision' },
    h('h4', null, t('breach.decision')),
    facts([
      [t('breach.outcome'), badge('decisionOutcome', decision.outcome)],
      [t('breach.amount'), h('strong', { class: 'amount' }, decision.outcome === 'PENALTY' ? money(decision.amountSek) : t('breach.noPenalty'))],
      [t('breach.asOf'), formatDate(decision.asOf)],
      [t('breach.arithmetic'), decision.calculation?.arithmetic],
      [t('breach.motivation'), decision.motivation],
      [t('breach.decidedOn'), formatDate(decision.decidedAt)],
    ]));
}

