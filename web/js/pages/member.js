// @ts-check
import { api } from '../api.js';
import { append, h } from '../dom.js';
import { checkboxGroup, errorSummary, field, fieldset, onSubmit, submitButton } from '../forms.js';
import { formatDate, formatNumber, t, term } from '../i18n.js';
import { badge, facts, flash, section } from '../ui.js';
import { ACTIVITIES } from './members.js';

const lines = (text) => String(text ?? '').split('\n').map((s) => s.trim()).filter(Boolean);

/** One pact member: its letters of intent (with versions) and annual check-ins. */
export async function memberPage(page, { params, user, refresh }) {
  const [m, letters, checkIns] = await Promise.all([
    api(`/pact-members/${params.id}`), api(`/pact-members/${params.id}/letters`), api(`/pact-members/${params.id}/check-ins`),
  ]);
  const office = ['pact_office', 'admin'].includes(user.role);
  const current = letters.find((l) => l.current) ?? null;
  append(page, [
    h('h1', null, m.name),
    h('p', null, t('member.status'), ': ', badge('memberStatus', m.status)),
    section(t('procurement.facts'), facts([
      [t('supplier.orgNumber'), m.orgNumber],
      [t('member.kind'), term('memberKind', m.kind)],
      [t('member.sector'), m.sector],
      [t('member.sizeBand'), term('sizeBand', m.sizeBand)],
      [t('member.contact'), [m.contactName, m.contactEmail, m.contactPhone].filter(Boolean).join(', ')],
    ])),
    section(t('letters.heading'),
      letters.length ? letters.slice().sort((a, b) => b.version - a.version).map(letterCard) : h('p', { class: 'empty' }, t('letters.none')),
      office ? h('h3', null, current ? t('letters.revise') : t('letters.new')) : null,
      office ? letterForm(m.id, current, refresh) : null),
    section(t('checkIns.heading'),
      checkIns.length ? checkIns.map((c) => h('article', { class: 'check-in' }, h('h3', null, formatDate(c.heldOn)), facts([
        [t('checkIns.participants'), c.participants.join(', ')],
        [t('checkIns.notes'), c.notes || '–'],
        [t('checkIns.actions'), c.followUpActions.join('; ') || '–'],
      ]))) : h('p', { class: 'empty' }, t('checkIns.none')),
      office ? h('h3', null, t('checkIns.new')) : null,
      office ? checkInForm(m.id, refresh) : null),
  ]);
}

function letterCard(l) {
  return h('article', { class: 'letter' },
    h('h3', null, t('letters.version', { version: l.version }), ' ', l.current ? badge('letter', 'CURRENT') : badge('letter', 'SUPERSEDED')),
    facts([
      [t('letters.signedOn'), formatDate(l.signedOn)],
      [t('letters.valid'), `${formatDate(l.validFrom)} – ${formatDate(l.validTo)}`],
      [t('member.activity'), l.activities.map((a) => term('activity', a)).join(', ')],
      [t('letters.commitments'), h('ul', null, l.commitments.map((c) => h('li', null, c.description, c.target !== undefined && c.target !== null ? ` (${[formatNumber(c.target), c.unit].filter(Boolean).join(' ')})` : '')))],
      l.changeReason ? [t('clause.changeReason'), l.changeReason] : null,
    ].filter(Boolean)));
}

function letterForm(memberId, current, refresh) {
  const c = current ?? {};
  const commitment = (i, v = {}) => fieldset(t('letters.commitment', { number: i + 1 }),
    field({ name: `commitments.${i}.description`, label: t('progress.description'), required: i === 0, maxlength: 1000, value: v.description }),
    field({ name: `commitments.${i}.target`, label: t('letters.target'), type: 'number', min: 0, step: '1', value: v.target }),
    field({ name: `commitments.${i}.unit`, label: t('letters.unit'), maxlength: 100, value: v.unit }));
  const list = h('div', null, (c.commitments?.length ? c.commitments : [{}]).map((v, i) => commitment(i, v)));
  const form = /** @type {HTMLFormElement} */ (h('form', null, errorSummary(),
    field({ name: 'signedOn', label: t('letters.signedOn'), type: 'date', required: true }),
    field({ name: 'validFrom', label: t('letters.validFrom'), type: 'date', required: true, value: c.validFrom }),
    field({ name: 'validTo', label: t('letters.validTo'), type: 'date', required: true, value: c.validTo }),
    checkboxGroup({ name: 'activities', legend: t('member.activity'), options: ACTIVITIES.map((a) => [a, term('activity', a)]), values: c.activities ?? ['SOCIAL_CLAUSE'] }),
    list,
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'button secondary', onclick: () => list.append(commitment(list.children.length)) }, t('letters.addCommitment'))),
    current ? field({ name: 'changeReason', label: t('clause.changeReason'), type: 'textarea', required: true, rows: 2 }) : null,
    submitButton(current ? t('letters.saveRevision') : t('letters.save'))));
  onSubmit(form, async (values) => {
    const commitments = (values.commitments ?? []).filter((x) => x && x.description);
    await api(`/pact-members/${memberId}/letters`, { method: 'POST', body: { ...values, commitments } });
    flash(t('letters.saved'));
    refresh();
  });
  return form;
}

function checkInForm(memberId, refresh) {
  const form = /** @type {HTMLFormElement} */ (h('form', null, errorSummary(),
    field({ name: 'heldOn', label: t('checkIns.heldOn'), type: 'date', required: true }),
    field({ name: 'participants', label: t('checkIns.participants'), type: 'textarea', required: true, rows: 3, hint: t('checkIns.onePerLine') }),
    field({ name: 'notes', label: t('checkIns.notes'), type: 'textarea', maxlength: 10000 }),
    field({ name: 'followUpActions', label: t('checkIns.actions'), type: 'textarea', rows: 3, hint: t('checkIns.onePerLine') }),
    submitButton(t('checkIns.save'))));
  onSubmit(form, async (values) => {
    await api(`/pact-members/${memberId}/check-ins`, { method: 'POST', body: { ...values, participants: lines(values.participants), followUpActions: lines(values.followUpActions) } });
    flash(t('checkIns.saved'));
    refresh();
  });
  return form;
}
