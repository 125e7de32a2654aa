// @ts-check
import { api, newIdempotencyKey } from '../api.js';
import { h } from '../dom.js';
import { errorSummary, field, onSubmit, submitButton } from '../forms.js';
import { formatDate, formatNumber, t, term } from '../i18n.js';
import { flash, section, table } from '../ui.js';
import { reportActions, verificationCell } from './follow-up-verify.js';

/** Dialogue meetings or initiative progress, depending on the clause type. */
export async function activitySections(fu) {
  return fu.clause.type === 'DIALOGUE' ? meetings(fu) : progress(fu);
}

async function meetings(fu) {
  const list = await api(`${fu.base}/dialogue-meetings`);
  const items = list.items ?? list;
  const correction = (m) => [field({ name: 'outcome', label: t('meeting.outcome'), type: 'textarea', required: true, maxlength: 4000, value: m.outcome })];
  return [
    section(t('meetings.heading'), table(t('meetings.heading'), [
      { label: t('meeting.heldOn'), cell: (m) => formatDate(m.heldOn) },
      { label: t('meeting.kind'), cell: (m) => term('meetingKind', m.meetingKind) },
      { label: t('meeting.participants'), cell: (m) => m.participants },
      { label: t('meeting.outcome'), cell: (m) => m.outcome },
      { label: t('verification.heading'), cell: verificationCell },
      { label: t('report.actions'), cell: (m) => reportActions(fu, 'dialogue-meetings', m, correction) },
    ], items)),
    fu.supplier ? section(t('meetings.report'), reportForm(fu, 'dialogue-meetings', [
      field({ name: 'meetingKind', label: t('meeting.kind'), type: 'select', required: true, options: [['FIRST', term('meetingKind', 'FIRST')], ['FOLLOW_UP', term('meetingKind', 'FOLLOW_UP')]] }),
      field({ name: 'heldOn', label: t('meeting.heldOn'), type: 'date', required: true }),
      field({ name: 'participants', label: t('meeting.participants'), type: 'textarea', required: true, rows: 2, maxlength: 1000, hint: t('meeting.participantsHint') }),
      field({ name: 'outcome', label: t('meeting.outcome'), type: 'textarea', required: true, maxlength: 4000 }),
    ])) : null,
  ];
}

async function progress(fu) {
  const list = await api(`${fu.base}/initiative-progress`);
  const items = list.items ?? list;
  const milestones = fu.clause.parameters.milestones ?? [];
  const correction = (p) => [field({ name: 'description', label: t('progress.description'), type: 'textarea', required: true, maxlength: 4000, value: p.description })];
  return [
    section(t('clause.milestones'), table(t('clause.milestones'), [
      { label: t('clause.milestoneTitle'), cell: (m) => m.title },
      { label: t('clause.milestoneDue'), cell: (m) => formatDate(m.dueDate) },
    ], milestones)),
    section(t('progress.heading'), table(t('progress.heading'), [
      { label: t('clause.milestoneTitle'), cell: (p) => p.milestoneTitle },
      { label: t('progress.status'), cell: (p) => term('progressStatus', p.progressStatus) },
      { label: t('progress.reportedOn'), cell: (p) => formatDate(p.reportedOn) },
      { label: t('progress.completedOn'), cell: (p) => formatDate(p.completedOn) },
      { label: t('progress.participants'), cell: (p) => formatNumber(p.participants), numeric: true },
      { label: t('progress.description'), cell: (p) => p.description },
      { label: t('verification.heading'), cell: verificationCell },
      { label: t('report.actions'), cell: (p) => reportActions(fu, 'initiative-progress', p, correction) },
    ], items)),
    fu.supplier ? section(t('progress.report'), reportForm(fu, 'initiative-progress', [
      field({ name: 'milestoneTitle', label: t('clause.milestone', { number: '' }).trim(), type: 'select', required: true, options: milestones.map((m) => [m.title, m.title]) }),
      field({ name: 'progressStatus', label: t('progress.status'), type: 'select', required: true, options: ['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED'].map((s) => [s, term('progressStatus', s)]) }),
      field({ name: 'reportedOn', label: t('progress.reportedOn'), type: 'date', required: true }),
      field({ name: 'completedOn', label: t('progress.completedOn'), type: 'date', hint: t('progress.completedHint') }),
      field({ name: 'participants', label: t('progress.participants'), type: 'number', min: 0, step: '1' }),
      field({ name: 'description', label: t('progress.description'), type: 'textarea', required: true, maxlength: 4000 }),
    ])) : null,
  ];
}

function reportForm(fu, path, fields) {
  const form = /** @type {HTMLFormElement} */ (h('form', null, errorSummary(), fields, submitButton(t('report.send'))));
  const key = newIdempotencyKey();
  onSubmit(form, async (values) => {
    await api(`${fu.base}/${path}`, { method: 'POST', body: values, headers: { 'Idempotency-Key': key } });
    flash(t('report.sent'));
    fu.refresh();
  });
  return form;
}
