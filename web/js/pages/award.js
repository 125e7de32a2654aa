// @ts-check
import { api } from '../api.js';
import { h } from '../dom.js';
import { errorSummary, field, onSubmit, submitButton } from '../forms.js';
import { formatDate, t } from '../i18n.js';
import { flash, section } from '../ui.js';

/** Record the award on a published procurement: winning supplier, contract start and end. */
export async function awardSection(p, { refresh }) {
  const suppliers = await api('/suppliers', { query: { limit: 200 } });
  const form = /** @type {HTMLFormElement} */ (h('form', null,
    errorSummary(),
    field({ name: 'supplierId', label: t('award.supplier'), type: 'select', required: true,
      options: suppliers.items.map((s) => [s.id, `${s.name} (${s.orgNumber})`]) }),
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
