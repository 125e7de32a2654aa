// @ts-check
import { api } from '../api.js';
import { append, h } from '../dom.js';
import { checkboxGroup, errorSummary, field, fieldset, onSubmit, submitButton } from '../forms.js';
import { t, term } from '../i18n.js';
import { flash } from '../ui.js';
import { parameterFields } from './clause-params.js';

export const TARGET_GROUPS = ['NEWCOMER', 'LONG_TERM_UNEMPLOYED', 'SHORT_EDUCATION', 'DISABILITY', 'YOUTH', 'FOREIGN_BORN_WOMEN'];

/** Draft a clause (`procurements/:id/clauses/new?type=…`) or change one (`clauses/:id/edit`). */
export async function clauseFormPage(page, { params, query, go }) {
  const existing = params.clauseId ? await api(`/clauses/${params.clauseId}`) : null;
  const procurementId = existing?.procurementId ?? params.id;
  const p = await api(`/procurements/${procurementId}`);
  const type = existing?.type ?? query.get('type') ?? 'PLACEMENTS';
  const v = existing?.current ?? {};
  const newVersion = existing && p.status !== 'DRAFT';

  const form = /** @type {HTMLFormElement} */ (h('form', { class: 'card' },
    errorSummary(),
    field({ name: 'title', label: t('clause.title'), maxlength: 300, value: v.title, hint: t('clause.titleHint') }),
    checkboxGroup({ name: 'targetGroups', legend: t('clauses.targetGroups'), hint: t('clause.targetGroupsHint'),
      options: TARGET_GROUPS.map((g) => [g, term('targetGroup', g)]), values: v.targetGroups ?? ['NEWCOMER'] }),
    parameterFields(type, v.parameters),
    fieldset(t('clause.followUp'),
      field({ name: 'reportingIntervalMonths', label: t('clause.reportingIntervalMonths'), type: 'number', min: 1, max: 12, step: '1', value: v.reportingIntervalMonths ?? 3, hint: t('clause.reportingHint') })),
    newVersion ? field({ name: 'changeReason', label: t('clause.changeReason'), type: 'textarea', required: true, rows: 2, hint: t('clause.changeReasonHint') }) : null,
    h('div', { class: 'actions' }, submitButton(existing ? t('form.save') : t('clause.create')),
      h('a', { class: 'button secondary', href: `#/procurements/${procurementId}` }, t('form.cancel'))),
  ));
  onSubmit(form, async (values) => {
    if (existing) await api(`/clauses/${existing.id}`, { method: 'PATCH', body: values });
    else await api(`/procurements/${procurementId}/clauses`, { method: 'POST', body: { type, ...values } });
    flash(t(existing ? 'clause.saved' : 'clause.created'));
    go(`procurements/${procurementId}`);
  });
  const heading = existing
    ? t('clause.editHeading', { number: existing.number, ref: p.referenceNumber })
    : t('clause.newHeading', { type: term('clauseType', type), ref: p.referenceNumber });
  append(page, [h('h1', null, heading), h('p', null, t(`clauseType.${type}.intro`)), form]);
}
