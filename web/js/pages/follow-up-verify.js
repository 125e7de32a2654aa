// @ts-check
import { api, download, newIdempotencyKey } from '../api.js';
import { h } from '../dom.js';
import { errorSummary, field, onSubmit, submitButton } from '../forms.js';
import { t } from '../i18n.js';
import { badge, flash } from '../ui.js';

/**
 * A report's verification status, with the pact office's reason when it was questioned; a report
 * taken back stays listed, marked withdrawn or voided with the reason why.
 */
export function verificationCell(report) {
  if (report.withdrawalKind) {
    return h('span', null, badge('withdrawal', report.withdrawalKind), h('span', { class: 'reason' }, ' ', report.withdrawalReason));
  }
  return h('span', null, badge('verification', report.verificationStatus),
    report.verificationReason ? h('span', { class: 'reason' }, ' ', report.verificationReason) : null);
}

/**
 * What one can do with a report: the pact office accepts, questions or voids it; the supplier
 * attaches evidence and, until the report is accepted, corrects (answers) or withdraws it. Only
 * the actions the API would allow are offered. Opened as a disclosure.
 * @param {any} fu the follow-up context
 * @param {string} path placements | dialogue-meetings | initiative-progress
 * @param {any} report
 * @param {(report: any) => HTMLElement[]} [correctionFields] fields the supplier may correct
 */
export function reportActions(fu, path, report, correctionFields) {
  const body = h('div', { class: 'report-actions' });
  const details = /** @type {HTMLDetailsElement} */ (h('details', { class: 'report-details' }, h('summary', null, fu.verifier ? t('verify.open') : t('report.open')), body));
  const open = !report.withdrawalKind;
  const correctable = open && report.verificationStatus !== 'ACCEPTED';
  let loaded = false;
  details.addEventListener('toggle', async () => {
    if (!details.open || loaded) return;
    loaded = true;
    const files = await api(`/contracts/${fu.contract.id}/reports/${path}/${report.id}/evidence`).catch(() => []);
    body.append(
      h('h4', null, t('evidence.heading')),
      files.length ? h('ul', null, files.map((f) => h('li', null, h('button', { type: 'button', class: 'link', onclick: () => void download(`/contracts/${fu.contract.id}/evidence/${f.id}/content`, f.fileName) }, f.fileName)))) : h('p', { class: 'empty' }, t('evidence.none')),
      fu.supplier && open ? evidenceForm(fu, path, report) : null,
      fu.supplier && correctable && correctionFields ? correctionForm(fu, path, report, correctionFields) : null,
      fu.supplier && correctable ? withdrawalForm(fu, path, report, 'withdraw') : null,
      fu.verifier && open ? verifyForm(fu, path, report) : null,
      fu.verifier && open ? withdrawalForm(fu, path, report, 'void') : null);
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

/** A correction; for a questioned report it is the answer, which sends the report back for verification. */
function correctionForm(fu, path, report, correctionFields) {
  const answer = report.verificationStatus === 'QUESTIONED';
  const form = /** @type {HTMLFormElement} */ (h('form', null, errorSummary(),
    h('h4', null, t(answer ? 'report.answer' : 'report.correct')),
    h('p', { class: 'hint' }, t(answer ? 'report.answerHint' : 'report.correctHint')),
    correctionFields(report),
    submitButton(t(answer ? 'report.resubmit' : 'report.saveCorrection'))));
  onSubmit(form, async (values) => {
    await api(`${fu.base}/${path}/${report.id}`, { method: 'PATCH', body: values });
    flash(t(answer ? 'report.resubmitted' : 'report.corrected'));
    fu.refresh();
  });
  return form;
}

/**
 * Takes the report back with a reason: the supplier withdraws it, the pact office voids it. It stays
 * listed, marked, and counts nowhere.
 * @param {'withdraw' | 'void'} action
 */
function withdrawalForm(fu, path, report, action) {
  const form = /** @type {HTMLFormElement} */ (h('form', null, errorSummary(),
    h('h4', null, t(`${action}.heading`)),
    h('p', { class: 'hint' }, t(`${action}.hint`)),
    field({ name: 'reason', label: t(`${action}.reason`), type: 'textarea', rows: 2, required: true, maxlength: 2000 }),
    submitButton(t(`${action}.submit`))));
  onSubmit(form, async (values) => {
    await api(`/contracts/${fu.contract.id}/reports/${path}/${report.id}/withdrawal`, { method: 'POST', body: values });
    flash(t(`${action}.done`));
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
