// @ts-check
import { api, newIdempotencyKey } from '../api.js';
import { append, h } from '../dom.js';
import { checkboxGroup, errorSummary, field, onSubmit, submitButton } from '../forms.js';
import { t, term, todayInStockholm } from '../i18n.js';
import { flash } from '../ui.js';
import { TARGET_GROUPS } from './clause-form.js';
import { KINDS, opts } from './follow-up-placements.js';

/**
 * "Anmäl ledigt jobb": a supplier posts a vacancy on one of its contracts (`?contractId=`), tied to
 * one of its placements clauses if it chooses; the pact office or the matcher registers one for a
 * pact member (a Jobbpartner).
 */
export async function vacancyFormPage(page, { user, query, go }) {
  const supplier = user.role === 'supplier';
  const contractId = query.get('contractId');
  const [contract, clauses, members] = await Promise.all([
    supplier && contractId ? api(`/contracts/${contractId}`) : null,
    supplier && contractId ? api(`/contracts/${contractId}/clauses`) : [],
    supplier ? null : api('/pact-members', { query: { limit: 200, activity: 'JOB_PARTNER' } }),
  ]);
  const placementClauses = clauses.filter((c) => c.type === 'PLACEMENTS');
  const employer = supplier
    ? [h('input', { type: 'hidden', name: 'contractId', value: contractId ?? '' }),
      field({ name: 'clauseId', label: t('vacancy.clause'), type: 'select', hint: t('vacancy.clauseHint'),
        options: placementClauses.map((c) => [c.clauseId, `${t('clauses.number', { number: c.number })} ${c.title}`]),
        value: placementClauses[0]?.clauseId })]
    : field({ name: 'pactMemberId', label: t('vacancy.member'), type: 'select', required: true,
      options: (members?.items ?? []).map((m) => [m.id, m.name]) });
  const form = /** @type {HTMLFormElement} */ (h('form', null, errorSummary(),
    employer,
    field({ name: 'title', label: t('vacancy.title'), required: true, maxlength: 200 }),
    field({ name: 'kind', label: t('clause.kind'), type: 'select', required: true, options: opts('placementKind', KINDS) }),
    field({ name: 'positions', label: t('vacancy.positions'), type: 'number', required: true, min: 1, max: 500, step: '1', value: 1 }),
    field({ name: 'workingTimePercent', label: t('placement.workingTimePercent'), type: 'number', required: true, min: 1, max: 100, step: '1', value: 100 }),
    field({ name: 'lengthMonths', label: t('vacancy.length'), type: 'number', min: 1, max: 120, step: '1', hint: t('vacancy.lengthHint') }),
    field({ name: 'startDate', label: t('vacancy.startDate'), type: 'date', required: true }),
    field({ name: 'referralDeadline', label: t('vacancy.deadline'), type: 'date', required: true, min: todayInStockholm() }),
    field({ name: 'district', label: t('vacancy.district'), required: true, maxlength: 100 }),
    checkboxGroup({ name: 'targetGroups', legend: t('vacancy.targetGroups'), options: TARGET_GROUPS.map((g) => [g, term('targetGroup', g)]) }),
    field({ name: 'requirements', label: t('vacancy.requirements'), type: 'textarea', rows: 3, maxlength: 4000, hint: t('vacancy.requirementsHint') }),
    submitButton(t('vacancy.save'))));
  const key = newIdempotencyKey();
  onSubmit(form, async (values) => {
    // An untied vacancy sends neither half of the contract-and-clause pair.
    const body = values.clauseId ? values : { ...values, contractId: undefined };
    const saved = await api('/vacancies', { method: 'POST', body, headers: { 'Idempotency-Key': key } });
    flash(t('vacancy.saved'));
    go(`vacancies/${saved.id}`);
  });
  append(page, [
    h('h1', null, t('vacancy.new')),
    contract ? h('p', null, contract.referenceNumber, ' ', contract.procurementTitle) : null,
    h('p', null, t('vacancy.newIntro')),
    form,
  ]);
}
