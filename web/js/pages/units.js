// @ts-check
import { api, imageDataUrl, newIdempotencyKey } from '../api.js';
import { append, h } from '../dom.js';
import { errorSummary, field, fieldset, onSubmit, submitButton } from '../forms.js';
import { formatDate, t } from '../i18n.js';
import { facts, flash, notice, pager, searchForm, section, table } from '../ui.js';

const canWrite = (user) => ['officer', 'admin'].includes(user.role);

/** The contracting units: each one's support contact and letterhead; officers add units. */
export async function unitsPage(page, { query, go, user }) {
  const q = query.get('q') ?? '';
  const offset = Number(query.get('offset') ?? 0);
  const result = await api('/contracting-units', { query: { q, offset, limit: 20 } });
  const to = (params) => go(`units?${new URLSearchParams(params)}`);
  append(page, [
    h('h1', null, t('units.heading')),
    h('p', null, t('units.intro')),
    searchForm(t('units.search'), q, (value) => to({ q: value })),
    table(t('units.heading'), [
      { label: t('unit.name'), cell: (u) => h('a', { href: `#/units/${u.id}` }, u.name) },
      { label: t('unit.supportContact'), cell: (u) => contactText(u.supportContact) },
      { label: t('unit.letterhead'), cell: (u) => (u.letterhead ? t('form.yes') : t('form.no')) },
    ], result.items),
    pager(result, (next) => to({ q, offset: String(next) })),
    canWrite(user) ? section(t('units.new'), unitForm(null, async (values, key) => {
      const created = await api('/contracting-units', { method: 'POST', body: values, headers: { 'Idempotency-Key': key } });
      flash(t('units.created', { name: created.name }));
      go(`units/${created.id}`);
    })) : null,
  ]);
}

/** One unit: its support contact and its letterhead, shown as the documents print it. */
export async function unitPage(page, { params, user, refresh }) {
  const unit = await api(`/contracting-units/${params.id}`);
  const writer = canWrite(user);
  const preview = unit.letterhead
    ? h('img', { class: 'letterhead', src: await imageDataUrl(`/contracting-units/${unit.id}/letterhead`), alt: t('unit.letterheadAlt', { name: unit.name }) })
    : h('p', { class: 'empty' }, t('unit.noLetterhead'));
  append(page, [
    h('h1', null, unit.name),
    h('p', null, h('a', { href: '#/units' }, t('units.back'))),
    section(t('unit.details'),
      h('p', { class: 'hint' }, t('unit.supportContactHint')),
      writer
        ? unitForm(unit, async (values) => {
          await api(`/contracting-units/${unit.id}`, { method: 'PATCH', body: values });
          flash(t('units.saved'));
          refresh();
        })
        : facts(contactFacts(unit.supportContact))),
    section(t('unit.letterhead'),
      h('p', { class: 'hint' }, t('unit.letterheadHint')),
      preview,
      unit.letterhead ? h('p', null, t('unit.letterheadFacts', { width: unit.letterhead.width, height: unit.letterhead.height, date: formatDate(unit.letterhead.updatedAt) })) : null,
      writer ? letterheadForm(unit, refresh) : null,
      writer && unit.letterhead ? removeLetterhead(unit, refresh) : null),
  ]);
}

const contactText = (c) => [c.unit, c.name, c.email, c.phone].filter(Boolean).join(', ');
const contactFacts = (c) => [[t('unit.contactUnit'), c.unit], [t('unit.contactName'), c.name], [t('unit.contactEmail'), c.email], [t('unit.contactPhone'), c.phone]];

/** The name and the support contact; saving sends the whole contact, so a field left empty is cleared. */
function unitForm(unit, save) {
  const c = unit?.supportContact ?? {};
  const form = /** @type {HTMLFormElement} */ (h('form', null, errorSummary(),
    field({ name: 'name', label: t('unit.name'), required: true, maxlength: 200, value: unit?.name, hint: t('unit.nameHint') }),
    fieldset(t('unit.supportContact'),
      field({ name: 'supportContact.unit', label: t('unit.contactUnit'), required: true, maxlength: 200, value: c.unit, hint: t('unit.contactUnitHint') }),
      field({ name: 'supportContact.name', label: t('unit.contactName'), maxlength: 200, value: c.name }),
      field({ name: 'supportContact.email', label: t('unit.contactEmail'), type: 'email', value: c.email, autocomplete: 'email' }),
      field({ name: 'supportContact.phone', label: t('unit.contactPhone'), type: 'tel', value: c.phone, hint: t('unit.contactPhoneHint') })),
    submitButton(unit ? t('units.save') : t('units.create'))));
  const key = newIdempotencyKey();
  onSubmit(form, (values) => save(values, key));
  return form;
}

function letterheadForm(unit, refresh) {
  const form = /** @type {HTMLFormElement} */ (h('form', null, errorSummary(),
    field({ name: 'file', label: t('unit.letterheadFile'), type: 'file', required: true, accept: 'image/png,image/jpeg', hint: t('unit.letterheadFileHint') }),
    submitButton(unit.letterhead ? t('unit.replaceLetterhead') : t('unit.uploadLetterhead'))));
  onSubmit(form, async () => {
    const data = new FormData();
    data.append('file', /** @type {HTMLInputElement} */ (form.elements.namedItem('file')).files?.[0] ?? '');
    await api(`/contracting-units/${unit.id}/letterhead`, { method: 'PUT', body: data });
    flash(t('unit.letterheadSaved'));
    refresh();
  });
  return form;
}

function removeLetterhead(unit, refresh) {
  const result = h('div');
  const remove = async () => {
    if (!window.confirm(t('unit.confirmRemoveLetterhead'))) return;
    try {
      await api(`/contracting-units/${unit.id}/letterhead`, { method: 'DELETE' });
      flash(t('unit.letterheadRemoved'));
      refresh();
    } catch (error) {
      result.replaceChildren(notice(/** @type {Error} */ (error).message, 'error'));
    }
  };
  return h('div', { class: 'actions' }, result, h('button', { type: 'button', class: 'button danger', onclick: () => void remove() }, t('unit.removeLetterhead')));
}
