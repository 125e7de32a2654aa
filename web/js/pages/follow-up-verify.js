// @ts-check
import { api, download, newIdempotencyKey } from '../api.js';
import { h } from '../dom.js';
import { errorSummary, field, onSubmit, submitButton } from '../forms.js';
import { t } from '../i18n.js';
import { badge, flash } from '../ui.js';

/** A report's verification status, with the pact office's reason when it was questioned. */
export function verificationCell(report) {
  return h('span', null, badge('verification', report.verificationStatus),
    report.verificationReason ? h('span', { class: 'reason' }, ' ', report.verificationReason) : null);
}

/**
 * What one can do with a report: the pact office accepts or questions it; the supplier attaches
 * evidence and, for a questioned report, answers with a correction. Opened as a disclosure.
 * @param {any} fu the follow-up context
 * @param {string} path placements | dialogue-meetings | initiative-progress
 * @param {any} report
 * @param {(report: any) => HTMLElement[]} [correctionFields] fields the supplier may correct
 */
export function reportActions(fu, path, report, correctionFields) {
  const body = h('div', { class: 'report-actions' });
  const details = /** @type {HTMLDetailsElement} */ (h('details', { class: 'report-details' }, h('summary', null, fu.verifier ? t('verify.open') : t('report.open')), body));
  let loaded = false;
  details.addEventListener('toggle', async () => {
    if (!details.open || loaded) return;
    loaded = true;
    const files = await api(`/contracts/${fu.contract.id}/reports/${path}/${report.id}/evidence`).catch(() => []);
    body.append(
      h('h4', null, t('evidence.heading')),
      files.length ? h('ul', null, files.map((f) => h('li', null, h('button', { type: 'button', class: 'link', onclick: () => void download(`/contracts/${fu.contract.id}/evidence/${f.id}/content`, f.fileName) }, f.fileName)))) : h('p', { class: 'empty' }, t('evidence.none')),
      fu.supplier ? evidenceForm(fu, path, report) : null,
      fu.supplier && report.verificationStatus === 'QUESTIONED' && correctionFields ? answerForm(fu, path, report, correctionFields) : null,
      fu.verifier ? verifyForm(fu, path, report) : null);
  });
  return details;
}

function evidenceForm(fu, path, report) {
  const form = /** @type {HTMLFormElement} */ (h('form', null, errorSummary(),
    field({ name: 'file', label: t('evidence.file'), type: 'file', required: true, accept: 'application/pdf,image/png,image/jpeg', hint: t('evidence.hint') }),
    submitButton(t('evidence.attach'))));
  const key = newIdempotencyKey();
  onSubmit(form, async () => {
    const data = new FormData();
    data.append('file', /** @type {HTMLInputElement} */ (form.elements.namedItem('file')).files?.[0] ?? '');
    await api(`/contracts/${fu.contract.id}/reports/${path}/${report.id}/evidence`, { method: 'POST', body: data, headers: { 'Idempotency-Key': key } });
    flash(t('evidence.attached'));
    fu.refresh();
  });
  return form;
}

function answerForm(fu, path, report, correctionFields) {
  const form = /** @type {HTMLFormElement} */ (h('form', null, errorSummary(),
    h('h4', null, t('report.answer')),
    h('p', { class: 'hint' }, t('report.answerHint')),
    correctionFields(report),
    submitButton(t('report.resubmit'))));
  onSubmit(form, async (values) => {
    await api(`${fu.base}/${path}/${report.id}`, { method: 'PATCH', body: values });
    flash(t('report.resubmitted'));
    fu.refresh();
  });
  return form;
}

function verifyForm(fu, path, report) {
  const form = /** @type {HTMLFormElement} */ (h('form', null, errorSummary(),
    h('h4', null, t('verify.heading')),
    field({ name: 'status', label: t('verify.verdict'), type: 'select', required: true, options: [['ACCEPTED', t('verification.ACCEPTED')], ['QUESTIONED', t('verification.QUESTIONED')]] }),
    field({ name: 'reason', label: t('verify.reason'), type: 'textarea', rows: 2, hint: t('verify.reasonHint') }),
    submitButton(t('verify.record'))));
  onSubmit(form, async (values) => {
    await api(`/contracts/${fu.contract.id}/reports/${path}/${report.id}/verification`, { method: 'PUT', body: values });
    flash(t('verify.recorded'));
    fu.refresh();
  });
  return form;
}
