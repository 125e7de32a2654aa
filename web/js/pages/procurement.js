// @ts-check
import { api } from '../api.js';
import { append, h } from '../dom.js';
import { errorSummary, field, fieldset, onSubmit, submitButton } from '../forms.js';
import { formatDate, formatNumber, t, term, todayInStockholm } from '../i18n.js';
import { badge, facts, flash, money, notice, section } from '../ui.js';
import { awardSection } from './award.js';
import { clausesSection } from './clauses.js';

/** One procurement: its facts, the screening and decision, its clauses, publishing and the award. */
export async function procurementPage(page, ctx) {
  const { params, user, refresh } = ctx;
  const p = await api(`/procurements/${params.id}`);
  const officer = ['officer', 'admin'].includes(user.role);
  const draft = p.status === 'DRAFT';
  const screening = await api(`/procurements/${p.id}/screening`);

  append(page, [
    h('h1', null, `${p.referenceNumber} ${p.title}`),
    h('p', null, t('procurement.status'), ': ', badge('status', p.status)),
    section(t('procurement.facts'),
      facts([
        [t('procurement.contractingUnit'), p.contractingUnit],
        [t('procurement.buyerName'), p.buyerName],
        [t('procurement.kind'), term('kind', p.kind)],
        [t('procurement.estimatedValueSek'), money(p.estimatedValueSek)],
        [t('procurement.durationMonths'), formatNumber(p.durationMonths)],
        [t('procurement.labourIntensity'), term('intensity', p.labourIntensity)],
        [t('procurement.labourCostPercent'), p.labourCostPercent === null ? t('procurement.labourCostDefault') : `${formatNumber(p.labourCostPercent)} %`],
        [t('procurement.frameworkAgreement'), p.frameworkAgreement ? t('form.yes') : t('form.no')],
        [t('procurement.cpvCode'), p.cpvCode],
        [t('procurement.publishedAt'), formatDate(p.publishedAt)],
      ]),
      p.description ? h('p', null, p.description) : null,
      officer && draft ? h('p', null, h('a', { class: 'button secondary', href: `#/procurements/${p.id}/edit` }, t('procurements.editButton'))) : null),
    screeningSection(p, screening, officer && draft, refresh),
    await clausesSection(p, ctx),
    officer ? lifecycleSection(p, refresh) : null,
    officer && p.status === 'PUBLISHED' ? await awardSection(p, ctx) : null,
  ]);
}

/** Upphandlingsmyndigheten's suitability checklist, answered with each decision. */
const CHECKLIST = ['politicalMandate', 'matchingContact', 'regionalNetwork'];

/** A checklist answer; null on decisions recorded before the checklist was asked. @param {boolean | null} value */
function answer(value) {
  if (value === null) return t('screening.notRecorded');
  return value ? t('form.yes') : t('form.no');
}

function screeningSection(p, { recommendation, decision }, canDecide, refresh) {
  const form = /** @type {HTMLFormElement} */ (h('form', null,
    errorSummary(),
    field({ name: 'clausesSet', label: t('screening.clausesSet'), type: 'checkbox', value: recommendation.recommendations.some((r) => r !== 'NONE') }),
    field({ name: 'motivation', label: t('screening.motivation'), type: 'textarea', required: true, maxlength: 5000, hint: t('screening.motivationHint') }),
    fieldset(t('screening.checklist'),
      h('p', { class: 'hint' }, t('screening.checklistHint')),
      CHECKLIST.map((name) => field({ name, label: t(`screening.${name}`), type: 'checkbox' }))),
    submitButton(t('screening.record'))));
  onSubmit(form, async (values) => {
    await api(`/procurements/${p.id}/screening-decisions`, { method: 'POST', body: values });
    flash(t('screening.recorded'));
    refresh();
  });
  return section(t('screening.heading'),
    h('p', null, t('screening.recommends'), ' ', recommendation.recommendations.map((r) => badge('recommendation', r)).flatMap((b, i) => (i ? [' ', b] : [b]))),
    recommendation.suggestedFullTimeMonths ? h('p', null, t('screening.suggested', { months: formatNumber(recommendation.suggestedFullTimeMonths) })) : null,
    h('h3', null, t('screening.reasons')),
    h('ul', { class: 'reasons' }, recommendation.reasons.map((r) => h('li', null, r))),
    h('h3', null, t('screening.decision')),
    decision
      ? [
        h('p', null, decision.clausesSet ? t('screening.decidedSet') : t('screening.decidedNone'), ` (${formatDate(decision.decidedAt)}): `, decision.motivation),
        facts(CHECKLIST.map((name) => [t(`screening.${name}`), answer(decision[name])])),
      ]
      : h('p', { class: 'empty' }, t('screening.noDecision')),
    canDecide ? form : null);
}

function lifecycleSection(p, refresh) {
  const result = h('div');
  const act = (action, confirmKey) => async () => {
    if (confirmKey && !window.confirm(t(confirmKey))) return;
    try {
      await api(`/procurements/${p.id}/${action}`, { method: 'POST' });
      flash(t(`lifecycle.${action}.done`));
      refresh();
    } catch (error) {
      result.replaceChildren(notice(/** @type {Error} */ (error).message, 'error'));
    }
  };
  const buttons = [
    p.status === 'AWARDED' ? h('button', { type: 'button', class: 'button secondary', onclick: act('complete') }, t('lifecycle.complete')) : null,
    ['DRAFT', 'PUBLISHED', 'AWARDED'].includes(p.status) ? h('button', { type: 'button', class: 'button danger', onclick: act('cancel', 'lifecycle.confirmCancel') }, t('lifecycle.cancel')) : null,
  ].filter(Boolean);
  const draft = p.status === 'DRAFT';
  if (!draft && !buttons.length) return null;
  return section(t('lifecycle.heading'), draft ? h('p', null, t('lifecycle.publishHint')) : null, draft ? publishForm(p, refresh) : null,
    result, h('div', { class: 'actions' }, buttons));
}

/** Publishing, today unless the officer registers a procurement that was published earlier. */
function publishForm(p, refresh) {
  const form = /** @type {HTMLFormElement} */ (h('form', null,
    errorSummary(),
    field({ name: 'publishedOn', label: t('lifecycle.publishedOn'), type: 'date', value: todayInStockholm(), hint: t('lifecycle.publishedOnHint') }),
    submitButton(t('lifecycle.publish'))));
  onSubmit(form, async (values) => {
    await api(`/procurements/${p.id}/publish`, { method: 'POST', body: values });
    flash(t('lifecycle.publish.done'));
    refresh();
  });
  return form;
}
