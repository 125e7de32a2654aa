// @ts-check
import { api, newIdempotencyKey } from '../api.js';
import { append, h } from '../dom.js';
import { errorSummary, field, onSubmit, submitButton } from '../forms.js';
import { formatDate, lang, t } from '../i18n.js';
import { badge, facts, flash, section, table } from '../ui.js';
import { breachSection } from './breaches.js';
import { activitySections } from './follow-up-activities.js';
import { linesTable } from './follow-up-counting.js';
import { placementsSection } from './follow-up-placements.js';

/** One clause of a contract: status with reasons, remedy requests, reporting periods, reports, recovery plans. */
export async function followUpPage(page, ctx) {
  const { contractId, clauseId } = ctx.params;
  const base = `/contracts/${contractId}/clauses/${clauseId}`;
  const [contract, clause, status, plans, breaches] = await Promise.all([
    api(`/contracts/${contractId}`), api(base), api(`${base}/status`), api(`${base}/recovery-plans`), api(`${base}/breaches`, { query: { lang: lang() } }),
  ]);
  const supplier = ctx.user.role === 'supplier';
  const fu = { ...ctx, contract, clause, base, status, supplier, verifier: ['pact_office', 'admin'].includes(ctx.user.role) };
  append(page, [
    h('h1', null, t('clauses.number', { number: clause.number }), ' ', clause.title),
    h('p', null, h('a', { href: fu.verifier ? '#/follow-up' : '#/contracts' }, t('followUp.back')), ' · ', contract.referenceNumber, ' ', contract.procurementTitle),
    statusSection(status),
    breachSection(fu, breaches),
    clause.type === 'PLACEMENTS' ? await placementsSection(fu) : await activitySections(fu),
    periodsSection(fu),
    recoverySection(fu, status, plans, breaches),
  ]);
}

function statusSection(status) {
  return section(t('followUp.status'),
    h('p', null, badge('clauseStatus', status.status), ' ', t('followUp.asOf', { date: formatDate(status.asOf) })),
    h('ul', null, status.reasons.map((r) => h('li', null, r))),
    linesTable(status));
}

function periodsSection({ clause, base, supplier, refresh }) {
  const due = clause.periods.find((p) => !p.submittedAt);
  let form = null;
  if (supplier && due) {
    form = /** @type {HTMLFormElement} */ (h('form', null, errorSummary(),
      field({ name: 'comment', label: t('followUp.periodComment', { number: due.number }), type: 'textarea', rows: 2, maxlength: 4000 }),
      submitButton(t('followUp.submitPeriod', { number: due.number }))));
    const key = newIdempotencyKey();
    onSubmit(form, async (values) => {
      await api(`${base}/periods/${due.number}/submission`, { method: 'POST', body: values, headers: { 'Idempotency-Key': key } });
      flash(t('followUp.periodSubmitted', { number: due.number }));
      refresh();
    });
  }
  return section(t('followUp.periods'),
    table(t('followUp.periods'), [
      { label: t('followUp.period'), cell: (p) => String(p.number) },
      { label: t('followUp.covers'), cell: (p) => `${formatDate(p.periodStart)} – ${formatDate(p.periodEnd)}` },
      { label: t('followUp.due'), cell: (p) => formatDate(p.dueDate) },
      { label: t('followUp.submitted'), cell: (p) => (p.submittedAt ? formatDate(p.submittedAt) : t('form.no')) },
    ], clause.periods),
    form);
}

/** Plans filed because the clause fell behind; a plan answering a remedy request is shown with the request. */
function recoverySection({ base, supplier, refresh }, status, allPlans, breaches) {
  const plans = allPlans.filter((p) => !p.remedyRequestId);
  // While a remedy request is open, the supplier answers it there instead.
  const behind = ['AT_RISK', 'NOT_FULFILLED'].includes(status.status) && !breaches.some((b) => b.status === 'OPEN');
  if (!plans.length && !(supplier && behind)) return null;
  let form = null;
  if (supplier && behind) {
    form = /** @type {HTMLFormElement} */ (h('form', null, errorSummary(),
      field({ name: 'actions', label: t('recovery.actions'), type: 'textarea', required: true, maxlength: 4000, hint: t('recovery.actionsHint') }),
      field({ name: 'expectedBackOnTrack', label: t('recovery.expected'), type: 'date', required: true }),
      submitButton(t('recovery.file'))));
    const key = newIdempotencyKey();
    onSubmit(form, async (values) => {
      await api(`${base}/recovery-plans`, { method: 'POST', body: values, headers: { 'Idempotency-Key': key } });
      flash(t('recovery.filed'));
      refresh();
    });
  }
  return section(t('recovery.heading'),
    plans.map((p) => h('article', { class: 'plan' }, facts([
      [t('recovery.filedOn'), formatDate(p.createdAt)],
      [t('followUp.status'), badge('clauseStatus', p.statusAtFiling)],
      [t('recovery.actions'), p.actions],
      [t('recovery.expected'), formatDate(p.expectedBackOnTrack)],
    ]))),
    form);
}
