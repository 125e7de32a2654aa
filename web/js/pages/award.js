// @ts-check
import { api } from '../api.js';
import { h } from '../dom.js';
import { errorSummary, field, onSubmit, submitButton } from '../forms.js';
import { formatDate, t } from '../i18n.js';
import { supplierSearch } from '../supplier-search.js';
import { flash, section } from '../ui.js';

/** Record the award on a published procurement: winning supplier (found by name or organisation number), contract start and end. */
export async function awardSection(p, { refresh }) {
  const form = /** @type {HTMLFormElement} */ (h('form', null,
    errorSummary(),
    supplierSearch({ name: 'supplierId', legend: t('award.supplier'), required: true }),
    field({ name: 'startDate', label: t('award.startDate'), type: 'date', required: true, hint: t('award.startDateHint', { date: formatDate(p.publishedAt) }) }),
    field({ name: 'endDate', label: t('award.endDate'), type: 'date', required: true }),
    submitButton(t('award.record'))));
  onSubmit(form, async (values) => {
    await api(`/procurements/${p.id}/award`, { method: 'POST', body: values });
    flash(t('award.recorded'));
    refresh();
  });
  return section(t('award.heading'), h('p', null, t('award.intro')), form);
}
