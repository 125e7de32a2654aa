// @ts-check
import { api } from '../api.js';
import { append, h } from '../dom.js';
import { errorSummary, field, fieldset, onSubmit, submitButton } from '../forms.js';
import { t, term } from '../i18n.js';
import { flash } from '../ui.js';

const KINDS = ['SERVICES', 'WORKS', 'GOODS'];
const INTENSITIES = ['LOW', 'MEDIUM', 'HIGH'];
/** The optional facts the API accepts null for. */
const CLEARABLE = ['labourCostPercent', 'cpvCode'];

/** Create a procurement, or edit a draft (`procurements/:id/edit`). */
export async function procurementFormPage(page, { params, go }) {
  const existing = params.id ? await api(`/procurements/${params.id}`) : null;
  const v = existing ?? {};
  const options = (group, codes) => codes.map((c) => /** @type {[string, string]} */ ([c, term(group, c)]));
  const form = /** @type {HTMLFormElement} */ (h('form', { class: 'card' },
    errorSummary(),
    fieldset(t('procurement.identity'),
      field({ name: 'referenceNumber', label: t('procurement.referenceNumber'), required: true, value: v.referenceNumber, hint: t('procurement.referenceHint') }),
      field({ name: 'title', label: t('procurement.title'), required: true, maxlength: 300, value: v.title }),
      field({ name: 'description', label: t('procurement.description'), type: 'textarea', maxlength: 5000, value: v.description }),
      field({ name: 'contractingUnit', label: t('procurement.contractingUnit'), required: true, maxlength: 200, value: v.contractingUnit, hint: t('procurement.contractingUnitHint') }),
      field({ name: 'buyerName', label: t('procurement.buyerName'), required: true, maxlength: 200, value: v.buyerName ?? 'Stockholms stad', hint: t('procurement.buyerNameHint') })),
    fieldset(t('procurement.natureAndScope'),
      field({ name: 'kind', label: t('procurement.kind'), type: 'select', required: true, options: options('kind', KINDS), value: v.kind ?? 'SERVICES' }),
      field({ name: 'estimatedValueSek', label: t('procurement.estimatedValueSek'), type: 'number', required: true, min: 0, step: '1', value: v.estimatedValueSek }),
      field({ name: 'durationMonths', label: t('procurement.durationMonths'), type: 'number', required: true, min: 1, max: 240, step: '1', value: v.durationMonths }),
      field({ name: 'labourIntensity', label: t('procurement.labourIntensity'), type: 'select', required: true, options: options('intensity', INTENSITIES), value: v.labourIntensity ?? 'MEDIUM' }),
      field({ name: 'labourCostPercent', label: t('procurement.labourCostPercent'), type: 'number', min: 1, max: 100, step: '1', value: v.labourCostPercent, hint: t('procurement.labourCostHint') }),
      field({ name: 'frameworkAgreement', label: t('procurement.frameworkAgreement'), type: 'checkbox', value: v.frameworkAgreement }),
      field({ name: 'cpvCode', label: t('procurement.cpvCode'), hint: t('procurement.cpvHint'), pattern: '\\d{8}(-\\d)?', value: v.cpvCode })),
    h('div', { class: 'actions' }, submitButton(existing ? t('form.save') : t('procurements.create')),
      h('a', { class: 'button secondary', href: existing ? `#/procurements/${existing.id}` : '#/procurements' }, t('form.cancel'))),
  ));
  /** @type {HTMLInputElement} */ (form.querySelector('[name=cpvCode]')).dataset.patternMessage = t('procurement.cpvHint');
  onSubmit(form, async (values) => {
    // An emptied optional field is left out of the form's values; send null so an edit clears it.
    for (const name of CLEARABLE) values[name] ??= null;
    const saved = existing
      ? await api(`/procurements/${existing.id}`, { method: 'PATCH', body: values })
      : await api('/procurements', { method: 'POST', body: values });
    flash(t(existing ? 'procurements.saved' : 'procurements.created', { ref: saved.referenceNumber }));
    go(`procurements/${saved.id}`);
  });
  append(page, [h('h1', null, existing ? t('procurements.edit', { ref: existing.referenceNumber }) : t('procurements.new')), form]);
}
