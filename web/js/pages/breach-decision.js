// @ts-check
import { api, newIdempotencyKey } from '../api.js';
import { h } from '../dom.js';
import { errorSummary, field, onSubmit, submitButton } from '../forms.js';
import { formatDate, lang, t, todayInStockholm } from '../i18n.js';
import { flash, money, notice } from '../ui.js';
import { calculationView } from './breach-view.js';

/**
 * The decision after the remedy period: the penalty as the API calculates it at a chosen date (by
 * default today), then "Besluta vite" or "Avstå från vite". Before the due date it only says when a
 * decision can be made.
 * @param {any} fu the follow-up context
 * @param {string} path the breach's API path
 * @param {any} breach
 */
export function decisionPanel(fu, path, breach) {
  const today = todayInStockholm();
  const heading = h('h4', null, t('breach.decide'));
  if (today < breach.dueDate) return h('div', { class: 'breach-decide' }, heading, h('p', null, t('breach.notYet', { date: formatDate(breach.dueDate) })));
  const state = { asOf: today };
  const calculation = h('div', { 'aria-live': 'polite' });
  const load = async () => {
    calculation.replaceChildren(h('p', { class: 'loading' }, t('shell.loading')));
    const calc = await api(`${path}/penalty`, { query: { asOf: state.asOf, lang: lang() } });
    calculation.replaceChildren(calculationView(calc));
  };
  const asOfForm = /** @type {HTMLFormElement} */ (h('form', { class: 'search breach-as-of' }, errorSummary(),
    field({ name: 'asOf', label: t('breach.calcAsOf'), type: 'date', required: true, min: breach.dueDate, max: today, value: today, hint: t('breach.calcAsOfHint', { date: formatDate(breach.dueDate) }) }),
    submitButton(t('breach.calculate'))));
  onSubmit(asOfForm, async (values) => {
    state.asOf = values.asOf;
    await load();
  });
  load().catch((error) => calculation.replaceChildren(notice(error.message, 'error')));
  return h('div', { class: 'breach-decide' }, heading, asOfForm, calculation, decisionForm(fu, path, breach, state));
}

/** @param {any} fu @param {string} path @param {any} breach @param {{ asOf: string }} state the date the calculation shown is for */
function decisionForm(fu, path, breach, state) {
  const outcome = /** @type {HTMLInputElement} */ (h('input', { type: 'hidden', name: 'outcome', value: 'PENALTY' }));
  const choose = (value) => () => { outcome.value = value; };
  const penalty = !!breach.penaltyTerms;
  const form = /** @type {HTMLFormElement} */ (h('form', { class: 'breach-decision-form' }, errorSummary(),
    outcome,
    penalty ? null : h('p', null, t('breach.onlyWaive')),
    field({ name: 'motivation', label: t('breach.motivation'), type: 'textarea', maxlength: 4000, hint: t('breach.motivationHint') }),
    h('div', { class: 'actions' },
      penalty ? h('button', { type: 'submit', class: 'button', onclick: choose('PENALTY') }, t('breach.decidePenalty')) : null,
      h('button', { type: 'submit', class: penalty ? 'button secondary' : 'button', onclick: choose('WAIVED') }, t('breach.waive')))));
  const key = newIdempotencyKey();
  onSubmit(form, async (values) => {
    if (values.outcome === 'WAIVED' && !values.motivation) {
      throw { message: t('breach.motivationRequired'), fields: [{ field: 'motivation', messages: [t('breach.motivationRequired')] }] };
    }
    const decided = await api(`${path}/decision`, { method: 'POST', body: { ...values, asOf: state.asOf }, headers: { 'Idempotency-Key': key } });
    flash(decided.decision.outcome === 'PENALTY' ? t('breach.decidedPenalty', { amount: money(decided.decision.amountSek) }) : t('breach.decidedWaived'));
    fu.refresh();
  });
  return form;
}

/** Takes the request back with a reason (e.g. the shortfall was a reporting error); it stays in the history. @param {any} fu @param {string} path */
export function withdrawalForm(fu, path) {
  const form = /** @type {HTMLFormElement} */ (h('form', null, errorSummary(),
    h('p', { class: 'hint' }, t('breach.withdrawHint')),
    field({ name: 'reason', label: t('breach.withdrawReason'), type: 'textarea', rows: 2, required: true, maxlength: 2000 }),
    submitButton(t('breach.withdraw'))));
  const key = newIdempotencyKey();
  onSubmit(form, async (values) => {
    await api(`${path}/withdrawal`, { method: 'POST', body: values, headers: { 'Idempotency-Key': key } });
    flash(t('breach.withdrawn'));
    fu.refresh();
  });
  return h('details', { class: 'report-details breach-withdraw' }, h('summary', null, t('breach.withdraw')), form);
}
